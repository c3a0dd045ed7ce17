// Loops: a prime sieve that yields as it goes. Only `n` and `found` are live at the yield;
// the inner loop has no yield, so it stays a plain loop between suspensions.
function* primes(limit) {
  const found = [];
  for (let n = 2; n <= limit; n++) {
    let isPrime = true;
    for (const p of found) {
      if (p * p > n) break;
      if (n % p === 0) { isPrime = false; break; }
    }
    if (isPrime) {
      found.push(n);
      yield n;
    }
  }
}

console.log([...primes(50)].join(" "));
