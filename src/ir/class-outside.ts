/**
 * A class's `extends` clause and computed keys are evaluated by the code around the class,
 * but inside the class's scope, where the class's own name is bound and still uninitialised:
 * reading it there throws a ReferenceError (also `typeof C`), while a closure made there and
 * called later sees the class. When the lowering evaluates them outside the class (held across
 * a suspension, or handed to a class's cell wrapper as arguments), that binding is out of
 * reach:
 * - a direct read of the name becomes the runtime's TDZ check on its marker, which throws the
 *   native ReferenceError;
 * - a closure that mentions the name is refused (it would see another binding or none).
 * Invariant: the returned expression reads no binding of the class's own name.
 *
 * A computed key is also in the scope of the class's private names (`#x in o` is valid
 * there); outside the class they would name nothing, or an enclosing class's, so a suspending
 * key that mentions one is refused (`keyOutsideOwnClass`). The `extends` clause sees only
 * enclosing classes' private names, which stay in scope where it is evaluated.
 */
import { types as t } from "@babel/core";
import { eachChild } from "./walk.js";

export function outsideOwnClass(
  expression: t.Expression,
  ownName: string | null,
  uninitialisedRead: (name: string) => t.Expression,
  refuse: (reason: string) => never,
): t.Expression {
  if (ownName === null) return expression;
  const mentions = (n: t.Node): boolean => {
    let found = false;
    const visit = (c: t.Node): void => {
      if (found) return;
      if (t.isIdentifier(c, { name: ownName })) found = true;
      else eachChild(c, visit);
    };
    visit(n);
    return found;
  };
  const fix = (n: t.Node, parent: t.Node | null): t.Node => {
    if (t.isIdentifier(n, { name: ownName }) && (parent === null || t.isReferenced(n, parent))) return uninitialisedRead(ownName);
    if (t.isFunction(n) || t.isClass(n)) {
      if (mentions(n)) {
        refuse(
          `a function or class in a computed key or \`extends\` clause that contains yield or await, which mentions the class's own name \`${ownName}\` ` +
            "(the lowering evaluates them outside the class, where that binding is out of reach); give the value a name before the class",
        );
      }
      return n;
    }
    for (const key of t.VISITOR_KEYS[n.type] ?? []) {
      const fields = n as unknown as Record<string, unknown>;
      const child = fields[key];
      if (Array.isArray(child)) {
        for (let i = 0; i < child.length; i++) if (child[i]) child[i] = fix(child[i] as t.Node, n);
      } else if (child && typeof child === "object" && "type" in child) {
        fields[key] = fix(child as t.Node, n);
      }
    }
    return n;
  };
  return fix(expression, null) as t.Expression;
}

/** `outsideOwnClass` for a computed key, which also may not mention the class's own private names. */
export function keyOutsideOwnClass(
  key: t.Expression,
  cls: t.Class,
  uninitialisedRead: (name: string) => t.Expression,
  refuse: (reason: string) => never,
): t.Expression {
  const privateNames = new Set<string>();
  for (const member of cls.body.body) {
    if ("key" in member && t.isPrivateName(member.key)) privateNames.add(member.key.id.name);
  }
  let mentioned: string | null = null;
  const visit = (c: t.Node): void => {
    if (mentioned !== null) return;
    if (t.isPrivateName(c) && privateNames.has(c.id.name)) mentioned = c.id.name;
    else eachChild(c, visit);
  };
  visit(key);
  if (mentioned !== null) {
    refuse(
      `a computed key that contains yield or await and mentions the class's own private name \`#${mentioned}\` ` +
        "(the lowering evaluates the key outside the class, where that name is out of scope); compute the key before the class",
    );
  }
  return outsideOwnClass(key, cls.id ? cls.id.name : null, uninitialisedRead, refuse);
}
