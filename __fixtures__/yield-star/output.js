import _slotMachine from "babel-plugin-slot-machine/runtime";
_slotMachine.mark(both);
function both(a, b) {
  return _slotMachine.gen(this, both, _bothStep, [a, b]);
}
function _bothStep(_machine, _state, _mode, _sent) {
  var _slots = _machine.s,
    a,
    b,
    first;
  for (;;) {
    switch (_state) {
      case 0:
        a = _slots[0];
        b = _slots[1];
        _machine.i = _slotMachine.iter(a);
        _slots[0] = void 0;
        _machine.k = 2;
        return void 0;
      case 2:
        b = _slots[1];
        first = _sent;
        _machine.k = 4;
        return first;
      case 4:
        b = _slots[1];
        _machine.i = _slotMachine.iter(b);
        _slots[1] = void 0;
        _machine.k = 6;
        return void 0;
      case 6:
        return;
    }
  }
}