// A class with an async generator method (the case where preset-env's async-generator helpers
// once reached the output of the one-line configuration) and a plain generator method.
export class Feed {
  constructor(name, items) {
    this.name = name;
    this.items = items;
  }

  *ids() {
    for (const [index, item] of this.items.entries()) yield `${this.name}#${index}:${item}`;
  }

  async *pages(size) {
    let page = [];
    try {
      for (const id of this.ids()) {
        page.push(await Promise.resolve(id));
        if (page.length === size) {
          const sent = yield page;
          if (sent) console.log("feed: sent", sent);
          page = [];
        }
      }
      if (page.length > 0) yield page;
    } finally {
      console.log("feed: closed", this.name);
    }
  }
}
