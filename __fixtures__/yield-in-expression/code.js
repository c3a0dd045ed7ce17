function* pair(f, o) {
  return f(o.a, yield "first", o.b + (yield "second"));
}
