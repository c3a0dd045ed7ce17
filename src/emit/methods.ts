/**
 * Method marking: generator, async generator and async methods get their own prototype chain
 * (and generator methods their own `prototype`) once their object or class exists. The object
 * literal or class is wrapped, when the traversal enters it, in an arrow that hands it a fresh
 * holder; the runtime's `markMethods` marks each method and stores it there, where the
 * method's wrapper (./wrapper.ts, `methodHolder`) finds it.
 */
import { types as t } from "@babel/core";
import type { NodePath } from "@babel/core";

/**
 * Generator and async methods are marked once their object or class exists. When the traversal
 * enters an object literal or class with such methods (before any method is lowered, and before
 * other plugins see it), it is wrapped in an arrow called per evaluation with a fresh holder:
 *   (h => rt.markMethods({ *m() {…}, *[h.k1 = rt.propertyKey(e)]() {…}, async a() {…} }, h,
 *     [["m", false, 0], [null, false, 0], ["a", false, 2]]))({})
 * `markMethods` gives each method the prototype chain of its kind, and a generator method its
 * own prototype, stored in the holder under its index, where the method's generator objects
 * find it (`rt.gen(this, h[0], …)`). A container with no such method is left as it is. A
 * computed key is converted where it stands (so its `toString` runs once, in order) and kept in the holder for
 * `markMethods` to find the method by. Private methods are not marked (nothing outside an
 * instance can reach them; README, known gaps).
 */
/**
 * What the wrapping of one file's object literals and classes recorded, for the wrappers of
 * their methods (per-file plugin state, made in ../index.ts): each container's holder, each
 * method's index in it, the containers already wrapped, and the literals whose computed keys
 * a holder carries (./wrapper.ts, `wrapComputedKeyNames`).
 */
export class ContainerMarks {
  readonly holders = new WeakMap<t.Node, string>();
  /** A marked method's index in its container's list. */
  readonly methodIndexes = new WeakMap<t.Node, number>();
  readonly wrapped = new WeakSet<t.Node>();
  readonly computedKeyHolders = new WeakMap<t.Node, string>();
}


interface MarkedMethod {
  readonly node: t.ObjectMethod | t.ClassMethod;
  /** The key, or null for a computed one. */
  readonly key: string | null;
  readonly isStatic: boolean;
  /** The runtime's kind number: 0 generator, 1 async generator, 2 async function. */
  readonly kind: number;
}

/** Whether a member is a generator or async method (one the container is wrapped for). */
export function isLoweredMethod(m: t.Node): m is t.ObjectMethod | t.ClassMethod {
  return (t.isObjectMethod(m) || t.isClassMethod(m)) && m.kind === "method" && (m.generator || m.async);
}

function markedMethod(m: t.Node): MarkedMethod | null {
  if (!isLoweredMethod(m)) return null;
  const isStatic = t.isClassMethod(m) && m.static;
  const kind = m.generator ? (m.async ? 1 : 0) : 2;
  if (m.computed) return { node: m, key: null, isStatic, kind };
  const key = t.isIdentifier(m.key) ? m.key.name : t.isStringLiteral(m.key) ? m.key.value : t.isNumericLiteral(m.key) ? String(m.key.value) : null;
  if (key === null) return null;
  return { node: m, key, isStatic, kind };
}

export function wrapMethodContainer(path: NodePath<t.ObjectExpression | t.Class>, runtimeName: string, helpers: Set<string>, marks: ContainerMarks): void {
  const node = path.node;
  if (marks.wrapped.has(node)) return;
  marks.wrapped.add(node);
  const members: t.Node[] = t.isObjectExpression(node) ? node.properties : node.body.body;
  const marked = members.map(markedMethod).filter((k) => k !== null);
  if (marked.length === 0) return;
  helpers.add("markMethods");
  const holder = path.scope.generateUid("methods");
  marks.holders.set(t.isObjectExpression(node) ? node : node.body, holder);
  const runtime = (name: string) => t.memberExpression(t.identifier(runtimeName), t.identifier(name));
  marked.forEach((m, i) => {
    marks.methodIndexes.set(m.node, i);
    if (m.key !== null) return;
    helpers.add("propertyKey");
    const slot = t.memberExpression(t.identifier(holder), t.identifier(`k${i}`));
    m.node.key = t.assignmentExpression("=", slot, t.callExpression(runtime("propertyKey"), [m.node.key as t.Expression]));
  });
  const list = t.arrayExpression(
    marked.map((m) => t.arrayExpression([m.key === null ? t.nullLiteral() : t.stringLiteral(m.key), t.booleanLiteral(m.isStatic), t.numericLiteral(m.kind)])),
  );
  const asExpression = (e: t.Expression) =>
    t.callExpression(
      t.arrowFunctionExpression([t.identifier(holder)], t.callExpression(runtime("markMethods"), [e, t.identifier(holder), list])),
      [t.objectExpression([])],
    );
  if (path.isClassDeclaration()) {
    const cls = path.node;
    const parent = path.parentPath;
    if (parent.isExportDefaultDeclaration()) {
      // `export default class K {}` → `let K = …(class K {}); export { K as default }`; an
      // anonymous one is named "default" as natively, by the property it is made in.
      const local = cls.id ? cls.id.name : path.scope.generateUid("default");
      let expr: t.Expression = t.classExpression(cls.id, cls.superClass, cls.body, cls.decorators);
      marks.wrapped.add(expr);
      if (!cls.id) expr = t.memberExpression(t.objectExpression([t.objectProperty(t.identifier("default"), expr)]), t.identifier("default"));
      parent.replaceWithMultiple([
        t.variableDeclaration("let", [t.variableDeclarator(t.identifier(local), asExpression(expr))]),
        t.exportNamedDeclaration(null, [t.exportSpecifier(t.identifier(local), t.identifier("default"))]),
      ]);
      return;
    }
    if (!cls.id) return;
    // `class K {}` → `let K = class K {}`: the same binding, now an expression to wrap.
    const expr = t.classExpression(cls.id, cls.superClass, cls.body, cls.decorators);
    marks.wrapped.add(expr);
    path.replaceWith(t.variableDeclaration("let", [t.variableDeclarator(t.identifier(cls.id.name), asExpression(expr))]));
    return;
  }
  path.replaceWith(asExpression(node as t.Expression));
}

export function methodHolder(fn: NodePath<t.Function>, marks: ContainerMarks): t.Expression | null {
  const index = marks.methodIndexes.get(fn.node);
  const holder = marks.holders.get(fn.parent);
  if (index === undefined || !holder) return null;
  return t.memberExpression(t.identifier(holder), t.numericLiteral(index), true);
}
