// An async function with try/finally. `request` is live only until the first await resumes;
// `connection` at the awaits inside the try, because the finally block reads it even when an
// await rejects; across the finally's own await only the pending completion (return or throw,
// and its value) is kept. Five saved values, never more than two at once: two slots.
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
