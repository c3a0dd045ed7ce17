import _slotMachine from "babel-plugin-slot-machine/runtime";
let Base = (_methods => _slotMachine.markMethods(class Base {
  items() {
    return _slotMachine.gen(this, _methods[0], function (_machine, _state, _mode, _sent) {
      for (;;) {
        switch (_state) {
          case 0:
            _machine.k = 2;
            return 1;
          case 2:
            return;
        }
      }
    }, []);
  }
}, _methods, [["items", false, 0]]))({});
let Derived = (_methods2 => _slotMachine.markMethods(class Derived extends Base {
  items() {
    return _slotMachine.gen(this, _methods2[0], function (_machine2, _state2, _mode2, _sent2) {
      var _slots2 = _machine2.s,
        _super,
        _this;
      for (;;) {
        switch (_state2) {
          case 0:
            _super = _slots2[0];
            _this = _slots2[1];
            _machine2.k = 2;
            return 0;
          case 2:
            _super = _slots2[0];
            _this = _slots2[1];
            _machine2.i = _slotMachine.iter(_super("items").call(_this));
            _slots2[0] = _slots2[1] = void 0;
            _machine2.k = 4;
            return void 0;
          case 4:
            return;
        }
      }
    }, [k => super[k], this]);
  }
}, _methods2, [["items", false, 0]]))({});