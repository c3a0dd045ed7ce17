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
        _state = 3;
        continue;
      case 2:
        _i++;
      case 3:
        if (!(_i < n)) {
          _state = 5;
          continue;
        }
        _slots[1] = _i;
        _machine.k = 6;
        return _i;
      case 5:
        return;
      case 6:
        n = _slots[0];
        _i = _slots[1];
        _state = 2;
        continue;
    }
  }
}