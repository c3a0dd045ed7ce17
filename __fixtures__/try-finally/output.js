import _slotMachine from "babel-plugin-slot-machine/runtime";
_slotMachine.mark(guarded);
function guarded(resource) {
  return _slotMachine.gen(this, guarded, _guardedStep, [resource, void 0]);
}
function _guardedStep(_machine, _state, _mode, _sent) {
  var _slots = _machine.s,
    _caught,
    resource,
    _t,
    _t2;
  for (;;) {
    try {
      switch (_state) {
        case 0:
          resource = _slots[0];
          _t2 = _slots[1];
        case 1:
          _state = 5;
          continue;
        case 2:
          {
            resource.close();
          }
          if (_t === 0) {
            _state = 4;
            continue;
          }
          _state = 10;
          continue;
        case 3:
          _t2 = _caught;
          _t = 1;
          _state = 2;
          continue;
        case 4:
          return;
        case 5:
          _caught = resource.read();
          _slots[0] = resource;
          _slots[1] = _t2;
          _machine.k = 6;
          return _caught;
        case 6:
          resource = _slots[0];
          _t2 = _slots[1];
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
          _t = 0;
          _state = 2;
          continue;
        case 8:
          throw _sent;
        case 9:
          _t2 = _sent;
          _t = 2;
          _state = 2;
          continue;
        case 10:
          if (_t === 1) {
            _state = 12;
            continue;
          }
          _state = 11;
        case 11:
          return _t2;
        case 12:
          throw _t2;
      }
    } catch (e) {
      switch (_state) {
        case 5:
        case 6:
        case 7:
        case 8:
        case 9:
          _state = 3;
          break;
        default:
          throw e;
      }
      _caught = e;
    }
  }
}