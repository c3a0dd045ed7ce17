// TypeScript input for the preset-typescript integration test: types, enums, parameter
// properties and non-null assertions around generators, async functions and async generators.
enum Kind { Even = "even", Odd = "odd" }

interface Item<T> { value: T; kind: Kind }

class Counter {
  constructor(private readonly limit: number) {}

  *items(): Generator<Item<number>, number, string | undefined> {
    let seen = 0;
    for (let i = 0; i < this.limit; i++) {
      const reply: string | undefined = yield { value: i, kind: i % 2 === 0 ? Kind.Even : Kind.Odd };
      if (reply !== undefined) print("reply", reply);
      seen++;
    }
    return seen;
  }

  async total(): Promise<number> {
    let sum = 0;
    for (const item of this.items()) {
      const value = await Promise.resolve(item.value);
      sum += value as number;
    }
    return sum;
  }

  async *pairs(): AsyncGenerator<[number, Kind]> {
    for (const item of this.items()) {
      const n: number = await Promise.resolve(item.value);
      const pair = [n, item.kind!] as [number, Kind];
      yield pair;
    }
  }
}

declare function print(...args: unknown[]): void;

const counter = new Counter(4);
const it = counter.items();
print(JSON.stringify(it.next()));
print(JSON.stringify(it.next("hi")));
print(JSON.stringify([...it]));

async function main(): Promise<void> {
  print("total", await counter.total());
  const seen: string[] = [];
  for await (const [n, kind] of counter.pairs()) seen.push(`${n}:${kind}`);
  print("pairs", seen.join(","));
}
main().then(() => print("done"));
print("sync end");
