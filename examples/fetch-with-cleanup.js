// An async function with try/finally. `request` is live only at the first await; `connection`
// at the awaits inside the try, because the finally block reads it even when an await
// rejects; the value being returned is kept across the finally's await. No two of them are
// live at one await, so they can all share one slot.
async function fetchWithCleanup(open, request) {
  const connection = await open();
  try {
    const response = await connection.send(request);
    const body = await response.text();
    return body.length;
  } finally {
    await connection.close();
  }
}

const fake = {
  send: (r) => Promise.resolve({ text: () => Promise.resolve(`echo ${r}`) }),
  close: () => Promise.resolve(console.log("closed")),
};
fetchWithCleanup(() => Promise.resolve(fake), "ping").then((n) => console.log(n));
