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
          sum = 0;
          _t = _slotMachine.iter(xs);
          _state = 9;
          continue;
        case 2:
          _t6 = _slotMachine.iter(ys);
          _state = 21;
          continue;
        case 3:
          _slotMachine.close(_t, _t4 === 1);
          if (!(_t4 === 1)) {
            _state = 14;
            continue;
          }
          throw _t5;
        case 5:
          _t5 = _caught;
          _t4 = 1;
          _state = 3;
          continue;
        case 7:
          sum = _slots[0];
          ys = _slots[1];
          _t = _slots[2];
          if (_mode === 1) throw _sent;
          if (_mode === 2) {
            _state = 13;
            continue;
          }
          _state = 9;
        case 9:
          _t2 = _slotMachine.step(_t);
          if (_t2.done) {
            _state = 2;
            continue;
          }
          _t3 = _t2.value;
          _state = 11;
        case 11:
          _x = _t3;
          sum += _x;
          _slots[0] = sum;
          _slots[2] = _t;
          _machine.k = 7;
          return sum;
        case 13:
          _t5 = _sent;
          _t4 = 2;
          _state = 3;
          continue;
        case 14:
          return _t5;
        case 15:
          return sum;
        case 16:
          _slotMachine.close(_t6, _t9 === 1);
          if (!(_t9 === 1)) {
            _state = 26;
            continue;
          }
          throw _t0;
        case 18:
          _t0 = _caught;
          _t9 = 1;
          _state = 16;
          continue;
        case 19:
          sum = _slots[0];
          _t6 = _slots[1];
          if (_mode === 1) throw _sent;
          if (_mode === 2) {
            _state = 25;
            continue;
          }
          _state = 21;
        case 21:
          _t7 = _slotMachine.step(_t6);
          if (_t7.done) {
            _state = 15;
            continue;
          }
          _t8 = _t7.value;
          _state = 23;
        case 23:
          _y = _t8;
          sum += _y;
          _slots[0] = sum;
          _slots[1] = _t6;
          _slots[2] = void 0;
          _machine.k = 19;
          return sum;
        case 25:
          _t0 = _sent;
          _t9 = 2;
          _state = 16;
          continue;
        case 26:
          return _t0;
      }
    } catch (e) {
      switch (_state) {
        case 7:
        case 11:
        case 13:
          _state = 5;
          break;
        case 19:
        case 23:
        case 25:
          _state = 18;
          break;
        default:
          throw e;
      }
      _caught = e;
    }
  }
}