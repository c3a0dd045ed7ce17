import _slotMachine from "babel-plugin-slot-machine/runtime";
_slotMachine.mark(range);
function range(n) {
  return _slotMachine.gen(this, range, _rangeStep, [n, void 0]);
}
function _rangeStep(_machine, _state, _mode, _sent) {
  var _slots = _machine.s,
    n,
    _i;
  for (;;) {
    switch (_state) {
      case 0:
        n = _slots[0];
        _i = 0;
        _state = 7;
        continue;
      case 2:
        return;
      case 4:
        n = _slots[0];
        _i = _slots[1];
        _i++;
      case 7:
        if (!(_i < n)) {
          _state = 2;
          continue;
        }
        _slots[1] = _i;
        _machine.k = 4;
        return _i;
    }
  }
}