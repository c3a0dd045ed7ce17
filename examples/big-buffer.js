// A generator whose big buffer is dead before the first yield. Regenerator keeps `buffer` for
// the generator's whole life; here only `size` (before the first resume) and the checksum are
// ever saved, in one shared slot, so a suspended generator does not hold its 8 MB.
function* checksums(size) {
  const buffer = new Uint8Array(size).fill(7);
  let sum = 0;
  for (let i = 0; i < buffer.length; i++) sum = (sum + buffer[i]) % 65521;
  yield sum;
  yield sum * 2;
}

const it = checksums(8 * 1024 * 1024);
console.log(it.next().value, it.next().value);
