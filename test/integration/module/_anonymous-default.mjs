export default class {
  *items() { yield "anonymous"; }
}
