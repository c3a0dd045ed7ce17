import _slotMachine from "babel-plugin-slot-machine/runtime";
_slotMachine.mark(early);
_slotMachine.mark(settled);
// `settled`: every use of `total` and `step` runs after its declaration (the closure is made
// after it), so nothing is checked. `early`: `report` may run before `count` is declared, so
// `count` starts uninitialised and the closure's read is checked.
function settled(xs) {
  return _slotMachine.gen(this, settled, _settledStep, [xs, void 0, void 0]);
}
function _settledStep(_machine, _state, _mode, _sent) {
  var _slots = _machine.s,
    _caught,
    _value,
    xs,
    _total,
    step,
    _x,
    _t,
    _t2,
    _t3,
    _t4,
    _t5;
  for (;;) {
    try {
      switch (_state) {
        case 0:
          xs = _slots[0];
          _total = {
            v: void 0
          };
          _total.v = 0;
          step = function (_total) {
            return {
              "step": x => _total.v + x
            }["step"];
          }(_total);
          _t = _slotMachine.iter(xs);
          _state = 9;
          continue;
        case 2:
          return;
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
          _total = _slots[0];
          step = _slots[1];
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
          _total.v = step(_x);
          _value = _total.v;
          _slots[0] = _total;
          _slots[1] = step;
          _slots[2] = _t;
          _machine.k = 7;
          return _value;
        case 13:
          _t5 = _sent;
          _t4 = 2;
          _state = 3;
          continue;
        case 14:
          return _t5;
      }
    } catch (e) {
      switch (_state) {
        case 7:
        case 11:
        case 13:
          _state = 5;
          break;
        default:
          throw e;
      }
      _caught = e;
    }
  }
}
function early(callEarly) {
  return _slotMachine.gen(this, early, _earlyStep, [callEarly, void 0]);
}
function _earlyStep(_machine2, _state2, _mode2, _sent2) {
  var _slots2 = _machine2.s,
    _value2,
    callEarly,
    report,
    _count,
    _t6,
    _t7;
  for (;;) {
    switch (_state2) {
      case 0:
        callEarly = _slots2[0];
        _count = {
          v: _slotMachine.tdz
        };
        report = function (_count) {
          return {
            "report": () => _slotMachine.tdz(_count.v, "count")
          }["report"];
        }(_count);
        if (!callEarly) {
          _state2 = 6;
          continue;
        }
        _value2 = report();
        _slots2[0] = report;
        _slots2[1] = _count;
        _machine2.k = 4;
        return _value2;
      case 4:
        report = _slots2[0];
        _count = _slots2[1];
      case 6:
        _t6 = _count;
        _slots2[0] = report;
        _slots2[1] = _t6;
        _machine2.k = 8;
        return "declaring";
      case 8:
        report = _slots2[0];
        _t6 = _slots2[1];
        _t7 = _sent2;
        _t6.v = _t7;
        _value2 = report();
        _slots2[0] = _slots2[1] = void 0;
        _machine2.k = 10;
        return _value2;
      case 10:
        return;
    }
  }
}