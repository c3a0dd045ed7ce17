// The job loop's hooks were for the polyfill only (it kept references): remove the globals.
delete this.queueMicrotask;
delete this.setImmediate;
delete this.clearImmediate;
