function* guarded(resource) {
  try {
    yield resource.read();
  } finally {
    resource.close();
  }
}
