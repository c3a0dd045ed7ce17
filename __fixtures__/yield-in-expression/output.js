import _slotMachine from "babel-plugin-slot-machine/runtime";
_slotMachine.mark(pair);
function pair(f, o) {
  return _slotMachine.gen(this, pair, _pairStep, [f, o, void 0, void 0]);
}
function _pairStep(_machine, _state, _mode, _sent) {
  var _slots = _machine.s,
    f,
    o,
    _t,
    _t2,
    _t3,
    _t4,
    _t5;
  for (;;) {
    switch (_state) {
      case 0:
        f = _slots[0];
        o = _slots[1];
        _t = f;
        _t2 = o.a;
        _slots[0] = _t;
        _slots[2] = _t2;
        _machine.k = 2;
        return "first";
      case 2:
        _t = _slots[0];
        o = _slots[1];
        _t2 = _slots[2];
        _t3 = _sent;
        _t4 = o.b;
        _slots[1] = _t3;
        _slots[3] = _t4;
        _machine.k = 4;
        return "second";
      case 4:
        _t = _slots[0];
        _t3 = _slots[1];
        _t2 = _slots[2];
        _t4 = _slots[3];
        _t5 = _sent;
        return _t(_t2, _t3, _t4 + _t5);
    }
  }
}