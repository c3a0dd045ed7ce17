/**
 * Function names the lowering must not change. JavaScript names an anonymous function, arrow
 * or class by where it stands (the spec's NamedEvaluation): `x = function () {}`, `x ||= () => {}`,
 * `let [x = class {}] = a`, `{ x: function () {} }` all make a function named "x", while
 * `x = (0, function () {})` makes one named "". Lowering moves such expressions: it renames
 * locals (`_x = …`), puts cells behind `.v` (`_x.v = …`, which names nothing) and holds values
 * in temporaries (`_t3 = …`), each of which would change the name.
 *
 * `recordNativeNames` runs first on a lowered function, before anything moves, and notes for
 * every anonymous function-like node inside it (nested functions included: renaming reaches
 * into them) the name its position gives it natively. `restoreNativeNames` runs last, on the
 * wrapper and step function, and wherever a noted node now stands where it would be named
 * differently, it gives the node its native name or keeps it unnamed:
 * - a function expression or class gets the name as its own id when nothing inside it uses
 *   that identifier (the id binds only inside the node, so it then changes no reference) and
 *   the name is allowed there; this costs nothing at run time;
 * - otherwise (arrows, names in use inside, names a function may not have) it is defined as a
 *   property of that name and read back, `({ x: () => {} }).x`, which names it natively;
 * - a node natively unnamed is put where nothing names it: `(0, function () {})`.
 *
 * The notes of one file live in a `NativeNames` (per-file plugin state, made in ../index.ts):
 * an outer lowering's notes serve the inner functions lowered after it.
 *
 * Invariant: the first note of a node wins (it is made on the source, before the outermost
 * lowering moved anything); an inner lowered function's own pass only adds nodes made since.
 * A name that depends on a computed key's run-time value cannot be restored after the node
 * moved: the builder keeps such nodes in their property (see expressions.ts), a literal whose
 * such function needs cells is handed them whole (prepare.ts), and the one case left, a literal
 * that also suspends, is refused (LostNameError), never given a wrong name.
 */
import { types as t } from "@babel/core";
import { eachChild } from "./walk.js";

type Fields = Record<string, unknown>;

/**
 * A function named by a computed key had to leave its property: only a closure over a binding
 * that changes, in an object literal that suspends, is handed its cells that way.
 */
export class LostNameError extends Error {
  constructor() {
    super(
      "an anonymous function or class named by a computed key, in an object literal that contains yield or " +
        "await, captures a binding that changes, and would lose its name; name it, or make it outside the literal",
    );
  }
}

/** The name comes from a computed key's value at run time. */
export const COMPUTED_NAME = Symbol("computed key");
export type NativeName = string | typeof COMPUTED_NAME;

type AnonymousFunctionLike = t.ArrowFunctionExpression | t.FunctionExpression | t.ClassExpression;

export function isAnonymousFunctionLike(node: t.Node): node is AnonymousFunctionLike {
  return t.isArrowFunctionExpression(node) || ((t.isFunctionExpression(node) || t.isClassExpression(node)) && !node.id);
}

/**
 * The name an anonymous function-like `node` gets from standing in `parent`: a string, the
 * computed-key marker, or null where nothing names it.
 */
export function positionName(node: t.Node, parent: t.Node): NativeName | null {
  if (t.isVariableDeclarator(parent)) return parent.init === node && t.isIdentifier(parent.id) ? parent.id.name : null;
  if (t.isAssignmentExpression(parent)) {
    const naming = parent.operator === "=" || parent.operator === "||=" || parent.operator === "&&=" || parent.operator === "??=";
    return naming && parent.right === node && t.isIdentifier(parent.left) ? parent.left.name : null;
  }
  if (t.isAssignmentPattern(parent)) return parent.right === node && t.isIdentifier(parent.left) ? parent.left.name : null;
  if (t.isObjectProperty(parent) || t.isClassProperty(parent) || t.isClassAccessorProperty(parent)) {
    if (parent.value !== node) return null;
    return keyName(parent.key, parent.computed);
  }
  if (t.isClassPrivateProperty(parent)) return parent.value === node ? `#${parent.key.id.name}` : null;
  if (t.isExportDefaultDeclaration(parent)) return "default";
  return null;
}

/** The name the source position gives a function natively, when it is a known string. */
export function inferredName(node: t.Node, parent: t.Node): string | null {
  const name = positionName(node, parent);
  return typeof name === "string" ? name : null;
}

/**
 * The name a user calls a function by, for messages and the layout report: its own name, its
 * method key, or the name its position gives it natively; "<anonymous>" when it has none.
 */
export function displayName(node: t.Function, parent: t.Node): string {
  if ((t.isFunctionDeclaration(node) || t.isFunctionExpression(node)) && node.id) return node.id.name;
  if (t.isObjectMethod(node) || t.isClassMethod(node) || t.isClassPrivateMethod(node)) {
    const key = keyName(node.key, node.computed);
    return typeof key === "string" ? key : "<anonymous>";
  }
  return inferredName(node, parent) || "<anonymous>";
}

function keyName(key: t.Node, computed: boolean): NativeName | null {
  if (t.isStringLiteral(key)) return key.value;
  if (t.isNumericLiteral(key)) return String(key.value);
  if (t.isBigIntLiteral(key)) return BigInt(key.value).toString();
  if (computed) return COMPUTED_NAME;
  if (t.isIdentifier(key)) return key.name;
  if (t.isPrivateName(key)) return `#${key.id.name}`;
  return null;
}

/** The native names noted in one file, and the functions whose subtrees were noted. */
export class NativeNames {
  private readonly names = new WeakMap<t.Node, NativeName>();
  /**
   * Functions whose whole subtree was already noted (by an enclosing lowered function), and
   * whether it holds a noted node: where none is, the function's lowered code needs no restore.
   */
  private readonly recordedFunctions = new WeakMap<t.Node, boolean>();

  /** Notes the native name of every anonymous function-like node in `fn` (see the header). */
  record(fn: t.Function): void {
    if (this.recordedFunctions.has(fn)) return;
    this.recordedFunctions.set(fn, this.recordChildren(fn));
  }

  /**
   * False when no node inside `fn` was noted (`record` first): nothing moved out of it can
   * stand where it is named differently, and restoring its lowered code changes nothing.
   */
  holdsNoted(fn: t.Function): boolean {
    return this.recordedFunctions.get(fn) ?? true;
  }

  // (Recursive methods rather than a closure per node: these walk every lowered function.)
  // Each returns whether the subtree holds a noted node.
  private recordChildren(node: t.Node): boolean {
    const keys = t.VISITOR_KEYS[node.type];
    if (!keys) return false;
    let holds = false;
    for (const key of keys) {
      const child = (node as unknown as Fields)[key];
      if (Array.isArray(child)) {
        for (const c of child) if (c && typeof c === "object" && this.recordNode(c as t.Node, node)) holds = true;
      } else if (child && typeof child === "object" && this.recordNode(child as t.Node, node)) {
        holds = true;
      }
    }
    return holds;
  }

  private recordNode(node: t.Node, parent: t.Node): boolean {
    let noted = false;
    if (isAnonymousFunctionLike(node)) {
      if (!this.names.has(node)) this.names.set(node, positionName(node, parent) ?? "");
      noted = true;
    }
    const inside = this.recordChildren(node);
    if (t.isFunction(node)) this.recordedFunctions.set(node, inside);
    return noted || inside;
  }

  /** Gives every noted node inside `root` the name it has natively (see the header). */
  restore(root: t.Node): void {
    const keys = t.VISITOR_KEYS[root.type];
    if (!keys) return;
    const fields = root as unknown as Fields;
    for (const key of keys) {
      const child = fields[key];
      if (Array.isArray(child)) {
        for (let i = 0; i < child.length; i++) {
          const c = child[i] as t.Node | null;
          if (!c) continue;
          const fixed = this.restored(c, root);
          this.restore(c);
          if (fixed !== c) child[i] = fixed;
        }
      } else if (child && typeof child === "object" && "type" in child) {
        const fixed = this.restored(child as t.Node, root);
        this.restore(child as t.Node);
        if (fixed !== child) fields[key] = fixed;
      }
    }
  }

  /** Carries the notes of `original`'s subtree over to `copy`, a deep clone of it. */
  copy(original: t.Node, copy: t.Node): void {
    const name = this.names.get(original);
    if (name !== undefined && !this.names.has(copy)) this.names.set(copy, name);
    const originals: t.Node[] = [];
    eachChild(original, (c) => originals.push(c));
    let i = 0;
    eachChild(copy, (c) => this.copy(originals[i++]!, c));
  }

  private restored(node: t.Node, parent: t.Node): t.Node {
    if (!isAnonymousFunctionLike(node)) return node;
    const native = this.names.get(node);
    if (native === undefined) return node;
    const here = positionName(node, parent) ?? "";
    if (here === native) return node;
    if (native === COMPUTED_NAME) throw new LostNameError();
    if (native === "") return t.sequenceExpression([t.numericLiteral(0), node]);
    if (!t.isArrowFunctionExpression(node) && canBeOwnName(node, native)) {
      node.id = t.identifier(native);
      return node;
    }
    // `({ "name": f })["name"]`: defining the property names `f` as natively. (A literal
    // `__proto__` key would set the prototype instead; a computed one defines a property.)
    const key = t.stringLiteral(native);
    const holder = t.objectExpression([t.objectProperty(key, node as t.Expression, native === "__proto__")]);
    return t.memberExpression(holder, t.stringLiteral(native), true);
  }
}

/** True when `name` may be the node's own id and binds nothing that the node refers to. */
function canBeOwnName(node: t.FunctionExpression | t.ClassExpression, name: string): boolean {
  // Names no function or class may have in some context (strict code, generator or async
  // bodies), checked with the strictest rules: the property form is always allowed.
  if (!t.isValidIdentifier(name, true) || name === "eval" || name === "arguments") return false;
  let used = false;
  const look = (n: t.Node): void => {
    if (used) return;
    if ((t.isIdentifier(n) || t.isJSXIdentifier(n)) && n.name === name) {
      used = true;
      return;
    }
    eachChild(n, look);
  };
  eachChild(node, look);
  return !used;
}

