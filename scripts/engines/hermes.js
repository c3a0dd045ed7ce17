// Hermes (run with -Xmicrotask-queue): report rejections nobody handled the way the Node
// harness records them. Hermes's tracker decides after the job queue has drained. ES5.1.
(function (global) {
  global.HermesInternal.enablePromiseRejectionTracker({
    allRejections: true,
    onUnhandled: function (id, reason) {
      global.print("unhandled rejection " + global.__engineTest.formatValue(reason));
    },
  });
})(this);
