import _slotMachine from "babel-plugin-slot-machine/runtime";
_slotMachine.mark(guarded);
function guarded(resource) {
  return _slotMachine.gen(this, guarded, _guardedStep, [resource]);
}
function _guardedStep(_machine, _state, _mode, _sent) {
  var _slots = _machine.s,
    _caught,
    _value,
    resource,
    _t,
    _t2;
  for (;;) {
    try {
      switch (_state) {
        case 0:
          resource = _slots[0];
          _state = 2;
        case 2:
          _value = resource.read();
          _machine.k = 5;
          return _value;
        case 3:
          _t2 = _caught;
          _t = 1;
          _state = 7;
          continue;
        case 5:
          resource = _slots[0];
          if (_mode === 1) throw _sent;
          if (_mode === 2) {
            _state = 10;
            continue;
          }
          _t2 = void 0;
          _t = 0;
          _state = 7;
        case 7:
          resource.close();
          if (!(_t === 0)) {
            _state = 11;
            continue;
          }
          return;
        case 10:
          _t2 = _sent;
          _t = 2;
          _state = 7;
          continue;
        case 11:
          if (!(_t === 1)) {
            _state = 13;
            continue;
          }
          throw _t2;
        case 13:
          return _t2;
      }
    } catch (e) {
      switch (_state) {
        case 2:
        case 5:
        case 10:
          _state = 3;
          break;
        default:
          throw e;
      }
      _caught = e;
    }
  }
}