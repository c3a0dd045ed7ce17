import _slotMachine from "babel-plugin-slot-machine/runtime";
_slotMachine.mark(both);
function both(a, b) {
  return _slotMachine.gen(this, both, _bothStep, [a, b]);
}
function _bothStep(_machine, _state, _mode, _sent) {
  var _slots = _machine.s,
    _caught,
    a,
    b,
    first;
  for (;;) {
    switch (_state) {
      case 0:
        a = _slots[0];
        b = _slots[1];
      case 1:
        _machine.i = _slotMachine.iter(a);
        _slots[0] = void 0;
        _slots[1] = b;
        _machine.k = 2;
        return undefined;
      case 2:
        b = _slots[1];
        if (_mode === 1) {
          _state = 4;
          continue;
        }
        if (_mode === 2) {
          _state = 5;
          continue;
        }
        _state = 3;
      case 3:
        first = _sent;
        _slots[0] = void 0;
        _slots[1] = b;
        _machine.k = 6;
        return first;
      case 4:
        throw _sent;
      case 5:
        return _sent;
      case 6:
        b = _slots[1];
        if (_mode === 1) {
          _state = 8;
          continue;
        }
        if (_mode === 2) {
          _state = 9;
          continue;
        }
        _state = 7;
      case 7:
        _machine.i = _slotMachine.iter(b);
        _slots[0] = void 0;
        _slots[1] = void 0;
        _machine.k = 10;
        return undefined;
      case 8:
        throw _sent;
      case 9:
        return _sent;
      case 10:
        if (_mode === 1) {
          _state = 12;
          continue;
        }
        if (_mode === 2) {
          _state = 13;
          continue;
        }
        _state = 11;
      case 11:
        return;
      case 12:
        throw _sent;
      case 13:
        return _sent;
    }
  }
}