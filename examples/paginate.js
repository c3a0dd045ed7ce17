// An async generator paging through a source. `fetchPage` is live wherever the loop may go on,
// `page` and `i` only around the yield (an async generator's yield awaits its operand first,
// one suspension point; resumed by return(), it awaits again, a point of its own); `cursor` is
// never saved: it is read before the await and overwritten after the page's items are yielded.
async function* paginate(fetchPage) {
  let cursor = 0;
  while (cursor !== null) {
    const page = await fetchPage(cursor);
    for (let i = 0; i < page.items.length; i++) {
      yield page.items[i];
    }
    cursor = page.next;
  }
}

const pages = [{ items: ["a", "b"], next: 1 }, { items: ["c"], next: null }];
const it = paginate((cursor) => Promise.resolve(pages[cursor]));
const pump = () => it.next().then((r) => r.done || (console.log(r.value), pump()));
pump();
