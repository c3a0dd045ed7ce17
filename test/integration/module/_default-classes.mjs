// Default-exported classes with generator methods (imported by default-export-classes.mjs).
export default class Named {
  *items() { yield "named"; }
  static *make() { yield new Named(); }
}
