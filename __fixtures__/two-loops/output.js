import _slotMachine from "babel-plugin-slot-machine/runtime";
_slotMachine.mark(runningSums);
function runningSums(xs, ys) {
  return _slotMachine.gen(this, runningSums, _runningSumsStep, [xs, ys, void 0]);
}
function _runningSumsStep(_machine, _state, _mode, _sent) {
  var _slots = _machine.s,
    _caught,
    xs,
    ys,
    sum,
    _x,
    _y,
    _t,
    _t2,
    _t3,
    _t4,
    _t5,
    _t6,
    _t7,
    _t8,
    _t9,
    _t0;
  for (;;) {
    try {
      switch (_state) {
        case 0:
          xs = _slots[0];
          ys = _slots[1];
        case 1:
          sum = 0;
          _t = _slotMachine.iter(xs);
          _state = 3;
          continue;
        case 2:
          _t6 = _slotMachine.iter(ys);
          _state = 15;
          continue;
        case 3:
          _t2 = _slotMachine.step(_t);
          if (_t2.done) {
            _state = 2;
            continue;
          }
          _state = 4;
        case 4:
          _t3 = _t2.value;
          _state = 7;
          continue;
        case 5:
          _slotMachine.close(_t, _t4 === 1);
          if (_t4 === 1) {
            _state = 13;
            continue;
          }
          _state = 12;
          continue;
        case 6:
          _t5 = _caught;
          _t4 = 1;
          _state = 5;
          continue;
        case 7:
          _x = _t3;
          sum += _x;
          _slots[0] = sum;
          _slots[1] = ys;
          _slots[2] = _t;
          _machine.k = 8;
          return sum;
        case 8:
          sum = _slots[0];
          ys = _slots[1];
          _t = _slots[2];
          if (_mode === 1) {
            _state = 10;
            continue;
          }
          if (_mode === 2) {
            _state = 11;
            continue;
          }
          _state = 9;
        case 9:
          _state = 3;
          continue;
        case 10:
          throw _sent;
        case 11:
          _t5 = _sent;
          _t4 = 2;
          _state = 5;
          continue;
        case 12:
          return _t5;
        case 13:
          throw _t5;
        case 14:
          return sum;
          return;
        case 15:
          _t7 = _slotMachine.step(_t6);
          if (_t7.done) {
            _state = 14;
            continue;
          }
          _state = 16;
        case 16:
          _t8 = _t7.value;
          _state = 19;
          continue;
        case 17:
          _slotMachine.close(_t6, _t9 === 1);
          if (_t9 === 1) {
            _state = 25;
            continue;
          }
          _state = 24;
          continue;
        case 18:
          _t0 = _caught;
          _t9 = 1;
          _state = 17;
          continue;
        case 19:
          _y = _t8;
          sum += _y;
          _slots[0] = sum;
          _slots[1] = _t6;
          _slots[2] = void 0;
          _machine.k = 20;
          return sum;
        case 20:
          sum = _slots[0];
          _t6 = _slots[1];
          if (_mode === 1) {
            _state = 22;
            continue;
          }
          if (_mode === 2) {
            _state = 23;
            continue;
          }
          _state = 21;
        case 21:
          _state = 15;
          continue;
        case 22:
          throw _sent;
        case 23:
          _t0 = _sent;
          _t9 = 2;
          _state = 17;
          continue;
        case 24:
          return _t0;
        case 25:
          throw _t0;
      }
    } catch (e) {
      switch (_state) {
        case 7:
        case 8:
        case 9:
        case 10:
        case 11:
          _state = 6;
          break;
        case 19:
        case 20:
        case 21:
        case 22:
        case 23:
          _state = 18;
          break;
        default:
          throw e;
      }
      _caught = e;
    }
  }
}