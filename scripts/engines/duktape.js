// Duktape's setup, loaded after prelude.js and before the polyfill bundle. ES5.1.
//
// Reflect.get: Duktape 2.7 has it but throws "unsupported" when a receiver is passed (a proxy's
// get trap forwarding to Reflect.get passes one). It is removed here so that core-js installs
// its own (es.reflect.get), which it would not do over an existing one.
//
// The job loop, for an engine without Promise. The Promise polyfill (core-js) finds
// `queueMicrotask` and `setImmediate` here when it loads and keeps them; after it has loaded,
// after-polyfill.js deletes both globals again, so the program sees no name Node's vm context
// lacks. After the program, `__engineTest.drain()` runs every microtask, then the next task
// (core-js checks for unhandled rejections in a task, as Node does after the microtasks),
// until both queues are empty. Rejections nobody handled are printed as the Node harness
// records them.
(function (global) {
  delete Reflect.get;
  var microtasks = [];
  var tasks = [];
  var nextTaskId = 1;
  global.queueMicrotask = function (job) { microtasks.push(job); };
  global.setImmediate = function (callback) {
    var args = Array.prototype.slice.call(arguments, 1);
    var id = nextTaskId++;
    tasks.push({ id: id, run: function () { callback.apply(undefined, args); } });
    return id;
  };
  global.clearImmediate = function (id) {
    for (var i = 0; i < tasks.length; i++) {
      if (tasks[i].id === id) { tasks.splice(i, 1); return; }
    }
  };
  // core-js calls `onunhandledrejection` (the browser's hook) when no handler was attached.
  global.onunhandledrejection = function (event) {
    global.print("unhandled rejection " + global.__engineTest.formatValue(event.reason));
  };
  global.__engineTest.drain = function () {
    for (;;) {
      while (microtasks.length > 0) microtasks.shift()();
      if (tasks.length === 0) return;
      tasks.shift().run();
    }
  };
})(this);
