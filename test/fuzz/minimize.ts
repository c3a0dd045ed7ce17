/**
 * A second shrinking pass after fast-check's, specific to our tree: fast-check shrinks each
 * value in place (a smaller number, a shorter array, an earlier `oneof` branch) but never
 * replaces a node by one of its own descendants, so a failing `yield` nested three blocks deep
 * keeps its three blocks. This pass does, greedily:
 *   - drop one element of any array (functions, drivers, steps, statements, cases, decls);
 *   - splice a compound statement's inner statements in its place (unwrap if/loop/try/...),
 *     or its own expression (condition, discriminant, value) as an expression statement;
 *   - replace an expression by one of its subexpressions, or by `0`;
 *   - set an optional part (else branch, catch, finally, default parameter...) to null;
 *   - lower loop counts and the ticker to their minimum.
 * A candidate is kept when it still fails *the same way* (`sameFailure`), and the pass
 * restarts from it, until no candidate is kept or the check budget is spent.
 *
 * Invariant: every candidate is a tree the printer accepts (the printer resolves every choice
 * at print time, see print.ts), so the pass never produces an invalid program, only a
 * smaller one. The tree is treated as plain JSON data here; node kinds are told apart by
 * their `k` tag and by the field names listed below.
 */
import type { FuzzCase } from "./check.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Fields that hold an expression. */
const EXPR_FIELDS = ["e", "l", "r", "c", "t", "f", "a", "b", "key", "arg", "init", "dflt", "disc", "test", "defaultParam"];
/** Fields that hold a block ({ decls, body }) inside a statement. */
const BLOCK_FIELDS = ["t", "f", "body", "b", "handler", "finalizer"];
const EXPR_KINDS = new Set(["num", "read", "bin", "logic", "cond", "suspend", "call", "assign", "update", "tpl", "objKey", "callClosure", "context", "reenter", "spread", "method", "optional", "superCall", "asyncArrow"]);
const NULLABLE = new Set(["f", "handler", "finalizer", "defaultParam", "defaultAt", "write", "paramClosure", "shadow"]);

function isObject(value: Json): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isExpr(value: Json): value is JsonObject {
  return isObject(value) && typeof value.k === "string" && EXPR_KINDS.has(value.k);
}

function isBlock(value: Json): value is JsonObject {
  return isObject(value) && Array.isArray(value.decls) && Array.isArray(value.body);
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Every simpler variant of `root`, most aggressive first (whole subtrees before leaves). */
function* candidates(root: Json): Generator<Json> {
  // Paths are arrays of keys from the root; a variant is made by editing a clone at a path.
  const paths: (string | number)[][] = [];
  const walk = (node: Json, path: (string | number)[]): void => {
    paths.push(path);
    if (Array.isArray(node)) node.forEach((child, i) => walk(child, [...path, i]));
    else if (isObject(node)) for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
  };
  walk(root, []);

  const edit = (path: (string | number)[], change: (parent: Json, key: string | number) => boolean): Json | null => {
    if (path.length === 0) return null;
    const copy = clone(root);
    let parent: Json = copy;
    for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[key] as Json;
    return change(parent, path[path.length - 1] as string | number) ? copy : null;
  };

  for (const path of paths) {
    const key = path[path.length - 1];
    // Drop one array element; keep at least one function (a program needs something to run).
    if (typeof key === "number") {
      const variant = edit(path, (parent) => {
        if (!Array.isArray(parent)) return false;
        if (path.length === 2 && path[0] === "program" && path[1] === "funcs" && parent.length <= 1) return false;
        parent.splice(key, 1);
        return true;
      });
      if (variant !== null) yield variant;
    }
  }
  for (const path of paths) {
    const key = path[path.length - 1];
    if (key === undefined) continue;
    // Unwrap a compound statement: its inner blocks' statements take its place.
    if (typeof key === "number") {
      const variants: Json[] = [];
      edit(path, (parent) => {
        if (!Array.isArray(parent)) return false;
        const stmt = parent[key];
        if (!isObject(stmt) || typeof stmt.k !== "string" || EXPR_KINDS.has(stmt.k)) return false;
        const inner: Json[][] = [];
        for (const field of BLOCK_FIELDS) {
          const block = stmt[field];
          if (isBlock(block)) inner.push(block.body as Json[]);
        }
        if (stmt.k === "switch" && Array.isArray(stmt.cases)) {
          for (const c of stmt.cases) if (isObject(c) && Array.isArray(c.body)) inner.push(c.body);
        }
        // A statement's own expressions (condition, discriminant, value) as expression statements.
        for (const field of ["c", "disc", "e"]) {
          const expr = stmt[field];
          if (expr !== undefined && isExpr(expr) && stmt.k !== "expr") inner.push([{ k: "expr", e: clone(expr) }]);
        }
        for (const body of inner) {
          const copy = edit(path, (p) => {
            if (!Array.isArray(p)) return false;
            p.splice(key, 1, ...clone(body));
            return true;
          });
          if (copy !== null) variants.push(copy);
        }
        return false;
      });
      yield* variants;
    }
  }
  for (const path of paths) {
    const key = path[path.length - 1];
    if (key === undefined) continue;
    // Replace an expression by a subexpression or by 0. An array element is a statement,
    // never an expression, even when its tag is one both share (`assign`).
    const variants: Json[] = [];
    edit(path, (parent) => {
      const node = (parent as Record<string | number, Json>)[key] as Json;
      if (Array.isArray(parent) || !isExpr(node)) return false;
      for (const field of EXPR_FIELDS) {
        const child = node[field];
        if (child !== undefined && isExpr(child)) {
          const copy = edit(path, (p) => {
            (p as Record<string | number, Json>)[key] = clone(child);
            return true;
          });
          if (copy !== null) variants.push(copy);
        }
      }
      if (!(node.k === "num" && node.v === 0)) {
        const copy = edit(path, (p) => {
          (p as Record<string | number, Json>)[key] = { k: "num", v: 0 };
          return true;
        });
        if (copy !== null) variants.push(copy);
      }
      return false;
    });
    yield* variants;
    // Optional parts to null, counts to their minimum.
    if (typeof key === "string") {
      const variant = edit(path, (parent) => {
        if (!isObject(parent)) return false;
        const value = parent[key];
        if (NULLABLE.has(key) && value !== null && value !== undefined) {
          // `f` is also the false branch of a conditional expression, which is not optional.
          if (key === "f" && parent.k !== "if") return false;
          parent[key] = null;
          return true;
        }
        if ((key === "n" && typeof value === "number" && value > 1) || (key === "ticks" && typeof value === "number" && value > 0)) {
          parent[key] = key === "n" ? 1 : 0;
          return true;
        }
        return false;
      });
      if (variant !== null) yield variant;
    }
  }
}

/**
 * Greedily simplifies `start` while `stillFails` holds; returns the smallest case found.
 * `budget` bounds the number of checks (each is a native run, a lowering and a lowered run).
 */
export async function minimize(
  start: FuzzCase,
  stillFails: (candidate: FuzzCase) => Promise<boolean>,
  budget = 400,
): Promise<{ result: FuzzCase; checks: number; accepted: number }> {
  let current = clone(start) as unknown as Json;
  let checks = 0;
  let accepted = 0;
  let improved = true;
  while (improved && checks < budget) {
    improved = false;
    for (const candidate of candidates(current)) {
      if (checks >= budget) break;
      checks++;
      if (await stillFails(candidate as unknown as FuzzCase)) {
        current = candidate;
        accepted++;
        improved = true;
        break;
      }
    }
  }
  return { result: current as unknown as FuzzCase, checks, accepted };
}
