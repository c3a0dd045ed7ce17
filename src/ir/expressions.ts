/**
 * Splits expressions that contain a suspension, keeping JavaScript's left-to-right order.
 *
 * `value(e)` returns an expression free of suspensions that yields e's value when evaluated
 * at the end of the current block; everything e evaluates before its last suspension has
 * already been evaluated into temporaries, in order. Children after the last suspension stay
 * in place, so they are evaluated after it, as in the source. Examples (t* are temporaries):
 *
 *   f(a, yield b, c)        t1 = f; t2 = a; [suspend b → t3]; t1(t2, t3, c)
 *   o.m(yield x)            t1 = o; t2 = t1.m; [suspend x → t3]; t2.call(t1, t3)
 *   o.p += yield x          t1 = o; t2 = t1.p; [suspend x → t3]; t1.p = t2 + t3
 *   a && (yield b)          t1 = a; if (t1) { [suspend b → t2]; t1 = t2 }; t1
 *   `${a}${yield b}`        t1 = `${a}`; [suspend b → t2]; `${t1}${t2}`
 *
 * Literals and the builder's own temporaries need no copy: nothing can change them.
 * Patterns that suspend are taken apart by ./destructuring.ts, an async generator's `yield*`
 * by ./async-delegation.ts.
 */
import { types as t } from "@babel/core";
import type { Local } from "./types.js";
import type { Builder } from "./builder-interface.js";
import { asyncDelegate } from "./async-delegation.js";
import { Destructuring, type ValueLowering } from "./destructuring.js";
import { isVoidZero } from "./walk.js";
import { keyOutsideOwnClass, outsideOwnClass } from "./class-outside.js";

export class ExpressionLowering implements ValueLowering {
  private readonly patterns: Destructuring;

  constructor(readonly b: Builder) {
    this.patterns = new Destructuring(this);
  }

  /** Evaluates `node` for its effects only. */
  discard(node: t.Expression): void {
    const b = this.b;
    if (!b.suspends(node)) {
      b.emit(t.expressionStatement(node));
      return;
    }
    if (t.isYieldExpression(node) || t.isAwaitExpression(node)) {
      this.suspendOn(node, "discard");
      return;
    }
    if (t.isSequenceExpression(node)) {
      for (const e of node.expressions) this.discard(e);
      return;
    }
    if (t.isAssignmentExpression(node) && node.operator === "=" && t.isIdentifier(node.left)) {
      const local = b.localsByName.get(node.left.name);
      if (local && !local.cell && (t.isYieldExpression(node.right) || t.isAwaitExpression(node.right))) {
        this.suspendOn(node.right, local);
        return;
      }
    }
    const v = this.value(node);
    if (!t.isIdentifier(v) && !t.isLiteral(v) && !isVoidZero(v)) b.emit(t.expressionStatement(v));
  }

  /** Lowers a yield/await/yield* node; the sent value goes to `want`. */
  private suspendOn(node: t.YieldExpression | t.AwaitExpression, want: "value" | "discard" | Local): t.Expression | null {
    const b = this.b;
    const arg = node.argument ? this.value(node.argument) : t.buildUndefinedNode();
    if (t.isAwaitExpression(node)) return b.suspend("await", arg, "await", node.loc, want).value;
    if (node.delegate) {
      if (b.kind === "asyncGenerator") return asyncDelegate(b, arg, node, want);
      return b.suspend("delegate", arg, "yield*", node.loc, want).value;
    }
    // In an async generator the operand is awaited first; the runtime does that await itself
    // (see MACHINE.awaiting), so the step function runs once per yielded value.
    return b.suspend("yield", arg, "yield", node.loc, want).value;
  }


  /** True when `node` needs no temporary to keep its value until later. */
  stable(node: t.Node): boolean {
    if ((t.isLiteral(node) && !t.isTemplateLiteral(node)) || isVoidZero(node)) return true;
    if (t.isIdentifier(node)) {
      // (The user's `undefined` is an identifier like any other: a binding may shadow it.)
      const local = this.b.localsByName.get(node.name);
      return local !== undefined && local.temporary;
    }
    return false;
  }

  /** Evaluates `node` now into something stable (a temporary unless already stable). */
  hold(node: t.Expression, display = "operand"): t.Expression {
    const v = this.value(node);
    if (this.stable(v)) return v;
    const tmp = this.b.temp(display);
    this.b.emitAssign(tmp, v);
    return t.identifier(tmp.name);
  }

  /**
   * A computed key of an object literal, class or object pattern, evaluated now and converted
   * to a property key now (its toString runs here, as natively, not where the literal is made).
   */
  holdKey(node: t.Expression): t.Expression {
    const v = this.value(node);
    if (t.isLiteral(v) && !t.isTemplateLiteral(v) && !t.isRegExpLiteral(v)) return v;
    const tmp = this.b.temp("key");
    this.b.emitAssign(tmp, this.b.runtime("propertyKey", [v]));
    return t.identifier(tmp.name);
  }

  /**
   * The index of the last child that suspends (-1 if none): children before it are held in
   * temporaries, it is lowered, children after it stay in place and run after it.
   */
  private lastSuspending(children: ReadonlyArray<t.Node | null>): number {
    let last = -1;
    children.forEach((c, i) => {
      if (c && this.b.suspends(c)) last = i;
    });
    return last;
  }

  value(node: t.Expression): t.Expression {
    const b = this.b;
    if (!b.suspends(node)) return node;
    switch (node.type) {
      case "YieldExpression":
      case "AwaitExpression":
        return this.suspendOn(node, "value")!;
      case "SequenceExpression": {
        const exprs = node.expressions;
        for (let i = 0; i < exprs.length - 1; i++) this.discard(exprs[i]!);
        return this.value(exprs[exprs.length - 1]!);
      }
      case "LogicalExpression":
        return this.logical(node);
      case "ConditionalExpression":
        return this.conditional(node);
      case "BinaryExpression": {
        if (t.isPrivateName(node.left)) {
          return t.binaryExpression(node.operator, node.left, this.value(node.right));
        }
        const left = b.suspends(node.right) ? this.hold(node.left as t.Expression) : this.value(node.left as t.Expression);
        return t.binaryExpression(node.operator, left, this.value(node.right));
      }
      case "UnaryExpression": {
        if (node.operator === "delete" && t.isMemberExpression(node.argument)) {
          return t.unaryExpression("delete", this.member(node.argument, false));
        }
        return t.unaryExpression(node.operator, this.value(node.argument), node.prefix);
      }
      case "UpdateExpression": {
        if (t.isMemberExpression(node.argument)) {
          return t.updateExpression(node.operator, this.member(node.argument, false), node.prefix);
        }
        return node;
      }
      case "AssignmentExpression":
        return this.assignment(node);
      case "MemberExpression":
        return this.member(node, false);
      case "CallExpression":
        return this.call(node);
      case "NewExpression": {
        const callee = b.suspends(node.arguments as t.Node[] as unknown as t.Node) || node.arguments.some((a) => b.suspends(a))
          ? this.hold(node.callee as t.Expression, "constructor")
          : this.value(node.callee as t.Expression);
        return t.newExpression(callee, this.args(node.arguments));
      }
      case "ArrayExpression":
        return t.arrayExpression(this.elements(node.elements));
      case "ObjectExpression":
        return this.object(node);
      case "TemplateLiteral": {
        const last = this.lastSuspending(node.expressions);
        const out = (node.expressions as t.Expression[]).map((e, i) => {
          if (i < last) {
            // Substitutions are converted to strings in order, before later ones run.
            const tmp = b.temp("template part");
            b.emitAssign(tmp, t.templateLiteral([t.templateElement({ raw: "" }), t.templateElement({ raw: "" }, true)], [this.value(e)]));
            return t.identifier(tmp.name) as t.Expression;
          }
          if (i === last) return this.value(e);
          return e;
        });
        return t.templateLiteral(node.quasis, out);
      }
      case "TaggedTemplateExpression": {
        const tag = this.hold(node.tag, "tag");
        const q = node.quasi;
        const exprs = this.heldList(q.expressions as t.Expression[]);
        return t.taggedTemplateExpression(tag, t.templateLiteral(q.quasis, exprs));
      }
      case "ClassExpression":
        return this.classExpression(node);
      case "ParenthesizedExpression":
        return this.value(node.expression);
      // TypeScript's wrappers only carry types: lower what they wrap, keep the wrapper for
      // the TypeScript transform that runs after or beside us.
      case "TSAsExpression":
        return t.tsAsExpression(this.value(node.expression), node.typeAnnotation);
      case "TSSatisfiesExpression":
        return t.tsSatisfiesExpression(this.value(node.expression), node.typeAnnotation);
      case "TSNonNullExpression":
        return t.tsNonNullExpression(this.value(node.expression));
      case "TSTypeAssertion":
        return t.tsTypeAssertion(node.typeAnnotation, this.value(node.expression));
      case "TSInstantiationExpression":
        return t.tsInstantiationExpression(this.value(node.expression), node.typeArguments);
      case "OptionalMemberExpression":
      case "OptionalCallExpression":
        return this.optional(node);
      case "ImportExpression": {
        // Like call arguments: the specifier, then the options, each evaluated in order; the
        // import itself (its ToString of the specifier included) runs after both.
        const [source, options] = this.heldList(node.options ? [node.source, node.options] : [node.source]);
        const lowered = t.importExpression(source!, options ?? null);
        if (node.phase) lowered.phase = node.phase;
        return lowered;
      }
      default:
        throw new UnsupportedError(`a \`yield\` or \`await\` inside a ${node.type} expression (not supported yet; please report it)`);
    }
  }

  /** Holds every element before the last suspending one; lowers that one; keeps the rest. */
  private heldList(list: t.Expression[]): t.Expression[] {
    const last = this.lastSuspending(list);
    return list.map((e, i) => (i < last ? this.hold(e) : i === last ? this.value(e) : e));
  }

  private args(list: ReadonlyArray<t.Expression | t.SpreadElement | t.ArgumentPlaceholder>): Array<t.Expression | t.SpreadElement> {
    return this.elements(list as Array<t.Expression | t.SpreadElement>) as Array<t.Expression | t.SpreadElement>;
  }

  private elements(list: ReadonlyArray<t.Expression | t.SpreadElement | null>): Array<t.Expression | t.SpreadElement | null> {
    const last = this.lastSuspending(list);
    return list.map((e, i) => {
      if (!e || i > last) return e;
      if (t.isSpreadElement(e)) {
        // A spread iterates its operand where it stands: copy it into an array now.
        if (i < last) {
          const tmp = this.b.temp("spread");
          this.b.emitAssign(tmp, t.arrayExpression([t.spreadElement(this.value(e.argument))]));
          return t.spreadElement(t.identifier(tmp.name));
        }
        return t.spreadElement(this.value(e.argument));
      }
      return i < last ? this.hold(e) : this.value(e);
    });
  }

  private logical(node: t.LogicalExpression): t.Expression {
    const b = this.b;
    const result = b.temp(`${node.operator} result`);
    b.emitAssign(result, this.value(node.left));
    const evalRight = b.newBlock();
    const after = b.newBlock();
    const r = t.identifier(result.name);
    if (node.operator === "&&") b.branch(r, evalRight, after);
    else if (node.operator === "||") b.branch(r, after, evalRight);
    else b.branch(t.binaryExpression("==", r, t.nullLiteral()), evalRight, after);
    b.enter(evalRight);
    b.emitAssign(result, this.value(node.right));
    b.goto(after);
    b.enter(after);
    return t.identifier(result.name);
  }

  private conditional(node: t.ConditionalExpression): t.Expression {
    const b = this.b;
    const result = b.temp("?: result");
    const test = this.value(node.test);
    const yes = b.newBlock();
    const no = b.newBlock();
    const after = b.newBlock();
    b.branch(test, yes, no);
    b.enter(yes);
    b.emitAssign(result, this.value(node.consequent));
    b.goto(after);
    b.enter(no);
    b.emitAssign(result, this.value(node.alternate));
    b.goto(after);
    b.enter(after);
    return t.identifier(result.name);
  }

  /** A member reference with object (and computed key) held; `keepKey` holds the key too. */
  member(node: t.MemberExpression, keepKey: boolean): t.MemberExpression {
    const b = this.b;
    const laterSuspends = node.computed && b.suspends(node.property);
    const object = laterSuspends || keepKey ? this.hold(node.object as t.Expression, "object") : this.value(node.object as t.Expression);
    let property = node.property;
    if (node.computed) property = keepKey ? this.hold(node.property as t.Expression, "key") : this.value(node.property as t.Expression);
    return t.memberExpression(object, property, node.computed);
  }

  private call(node: t.CallExpression): t.Expression {
    const b = this.b;
    const argsSuspend = node.arguments.some((a) => b.suspends(a));
    const callee = node.callee;
    if (t.isMemberExpression(callee) && argsSuspend) {
      // The method is read before the arguments run; `this` is the object read before it.
      const object = this.hold(callee.object as t.Expression, "receiver");
      const key = callee.computed ? this.hold(callee.property as t.Expression, "key") : callee.property;
      const fn = b.temp("method");
      b.emitAssign(fn, t.memberExpression(object, key, callee.computed));
      const args = this.args(node.arguments);
      return t.callExpression(t.memberExpression(t.identifier(fn.name), t.identifier("call")), [object, ...args]);
    }
    if (t.isMemberExpression(callee)) {
      return t.callExpression(this.member(callee, false), node.arguments);
    }
    // Babel 7's form of `import(...)`: the callee `import` is syntax, not a value to hold.
    if (t.isImport(callee)) return t.callExpression(callee, this.args(node.arguments));
    const fn = argsSuspend ? this.hold(callee as t.Expression, "callee") : this.value(callee as t.Expression);
    return t.callExpression(fn, this.args(node.arguments));
  }

  private assignment(node: t.AssignmentExpression): t.Expression {
    const b = this.b;
    const left = node.left;
    const op = node.operator;
    if (op === "&&=" || op === "||=" || op === "??=") {
      // Short-circuit: the target is read; only when needed is the right side run and stored.
      const target = t.isMemberExpression(left) ? this.member(left, true) : left;
      const result = b.temp(`${op} result`);
      b.emitAssign(result, t.cloneNode(target as t.Expression));
      const evalRight = b.newBlock();
      const after = b.newBlock();
      const r = t.identifier(result.name);
      if (op === "&&=") b.branch(r, evalRight, after);
      else if (op === "||=") b.branch(r, after, evalRight);
      else b.branch(t.binaryExpression("==", r, t.nullLiteral()), evalRight, after);
      b.enter(evalRight);
      b.emitAssign(result, this.value(node.right));
      b.emit(t.expressionStatement(t.assignmentExpression("=", t.cloneNode(target) as t.LVal as t.Identifier, t.identifier(result.name))));
      b.goto(after);
      b.enter(after);
      return t.identifier(result.name);
    }
    if (t.isMemberExpression(left)) {
      const target = this.member(left, true);
      if (op === "=") return t.assignmentExpression("=", target, this.value(node.right));
      const old = b.temp("compound left");
      b.emitAssign(old, t.cloneNode(target));
      const right = this.value(node.right);
      const binOp = op.slice(0, -1) as t.BinaryExpression["operator"];
      return t.assignmentExpression("=", t.cloneNode(target), t.binaryExpression(binOp, t.identifier(old.name), right));
    }
    if (t.isIdentifier(left)) {
      if (op === "=") return t.assignmentExpression("=", left, this.value(node.right));
      const old = b.temp("compound left");
      b.emitAssign(old, t.identifier(left.name));
      const right = this.value(node.right);
      const binOp = op.slice(0, -1) as t.BinaryExpression["operator"];
      return t.assignmentExpression("=", left, t.binaryExpression(binOp, t.identifier(old.name), right));
    }
    // Destructuring assignment.
    if (!b.suspends(left)) {
      const value = this.value(node.right);
      const held = b.temp("destructured value");
      b.emitAssign(held, value);
      b.emit(t.expressionStatement(t.assignmentExpression("=", left, t.identifier(held.name))));
      return t.identifier(held.name);
    }
    const value = this.hold(node.right, "destructured value");
    this.patterns.destructure(left as t.LVal, value);
    return value;
  }


  holdValue(e: t.Expression): t.Expression {
    const tmp = this.b.temp("destructured value");
    this.b.emitAssign(tmp, e);
    return t.identifier(tmp.name);
  }

  /** `target = value` for a pattern that contains suspensions (defaults, computed keys). */
  assignTo(target: t.LVal, value: t.Expression): void {
    this.patterns.destructure(target, value);
  }

  destructure(pattern: t.LVal, value: t.Expression): void {
    this.patterns.destructure(pattern, value);
  }

  private object(node: t.ObjectExpression): t.Expression {
    const b = this.b;
    const last = this.lastSuspending(node.properties);
    const props = node.properties.map((p, i) => {
      if (i > last) return p;
      const isLast = i === last;
      if (t.isSpreadElement(p)) {
        if (isLast) return t.spreadElement(this.value(p.argument));
        // Spread copies own properties where it stands: copy them now.
        const tmp = b.temp("spread");
        b.emitAssign(tmp, t.objectExpression([t.spreadElement(this.value(p.argument))]));
        return t.spreadElement(t.identifier(tmp.name));
      }
      // A key is converted before its value is evaluated: only a method's (which has no value
      // to evaluate) may stay for the literal to convert.
      const key = p.computed ? (isLast && t.isObjectMethod(p) ? this.value(p.key as t.Expression) : this.holdKey(p.key as t.Expression)) : p.key;
      if (t.isObjectMethod(p)) {
        return t.objectMethod(p.kind, key as t.ObjectMethod["key"], p.params, p.body, p.computed, p.generator, p.async);
      }
      const value = isLast ? this.value(p.value as t.Expression) : this.propertyValue(p.value as t.Expression, key, p.computed);
      return t.objectProperty(key as t.ObjectProperty["key"], value, p.computed, false);
    });
    return b.withCellsHandedOver(t.objectExpression(props));
  }

  /**
   * A property value evaluated before a later property's suspension. A function or arrow is
   * left in its property: making it later is unobservable (it runs nothing, and what it captures
   * cannot change within the literal), and there the property names it as natively, also by a
   * computed key's run-time value. Anything else is held; an anonymous class named by a
   * computed key is named where it is made, by a property of the same (held) key.
   */
  private propertyValue(value: t.Expression, key: t.Expression | t.PrivateName, computed: boolean): t.Expression {
    if (t.isFunctionExpression(value) || t.isArrowFunctionExpression(value)) return value;
    if (computed && t.isClassExpression(value) && !value.id) {
      const named = t.memberExpression(t.objectExpression([t.objectProperty(key as t.Expression, value, true)]), t.cloneNode(key as t.Expression), true);
      return this.hold(named, "property");
    }
    return this.hold(value, "property");
  }

  private classExpression(node: t.ClassExpression): t.Expression {
    const ownName = node.id ? node.id.name : null;
    const outside = (e: t.Expression) => outsideOwnClass(e, ownName, (name) => this.uninitialisedRead(name), (reason) => {
      throw new UnsupportedError(reason);
    });
    const superClass = node.superClass ? this.hold(outside(node.superClass), "superclass") : null;
    const last = this.lastSuspending(node.body.body);
    // Keys are evaluated in order after `extends`; a suspension can only stand in a computed
    // key (elsewhere in a class body it would belong to another function or be a syntax error).
    for (let i = 0; i <= last; i++) {
      const member = node.body.body[i]!;
      if ("computed" in member && member.computed && "key" in member) {
        const key = keyOutsideOwnClass(member.key as t.Expression, node, (name) => this.uninitialisedRead(name), (reason) => {
          throw new UnsupportedError(reason);
        });
        (member as { key: t.Expression }).key = this.holdKey(key);
      }
    }
    return t.classExpression(node.id, superClass, node.body, node.decorators);
  }

  /** A read of a binding in its TDZ: the runtime's check on its own marker throws. */
  private uninitialisedRead(name: string): t.Expression {
    const marker = t.memberExpression(t.identifier(this.b.names.runtime), t.identifier("tdz"));
    return this.b.runtime("tdz", [marker, t.stringLiteral(name)]);
  }

  /** An optional chain with a suspension: explicit short-circuit to undefined. */
  private optional(node: t.OptionalMemberExpression | t.OptionalCallExpression): t.Expression {
    const b = this.b;
    const result = b.temp("?. result");
    const after = b.newBlock();
    // Walk down to the chain's base, collecting links outermost-first.
    const links: Array<t.OptionalMemberExpression | t.OptionalCallExpression | t.MemberExpression | t.CallExpression> = [];
    let cur: t.Expression = node;
    while (t.isOptionalMemberExpression(cur) || t.isOptionalCallExpression(cur) || ((t.isMemberExpression(cur) || t.isCallExpression(cur)) && links.length > 0 && isChainPart(cur))) {
      links.unshift(cur as t.OptionalMemberExpression);
      cur = (t.isMemberExpression(cur) || t.isOptionalMemberExpression(cur) ? cur.object : (cur as t.CallExpression).callee) as t.Expression;
    }
    let value = this.hold(cur, "chain base");
    let thisValue: t.Expression | null = null;
    for (const link of links) {
      if ((link as { optional?: boolean | null }).optional) {
        const go = b.newBlock();
        const skip = b.newBlock();
        b.branch(t.binaryExpression("==", value, t.nullLiteral()), skip, go);
        b.enter(skip);
        b.emitAssign(result, t.buildUndefinedNode());
        b.goto(after);
        b.enter(go);
      }
      if (t.isOptionalMemberExpression(link) || t.isMemberExpression(link)) {
        const key = link.computed ? this.hold(link.property as t.Expression, "key") : link.property;
        thisValue = value;
        value = this.holdValue(t.memberExpression(value, key, link.computed));
      } else {
        const args = this.args(link.arguments);
        const call = thisValue
          ? t.callExpression(t.memberExpression(value, t.identifier("call")), [thisValue, ...args])
          : t.callExpression(value, args);
        thisValue = null;
        value = this.holdValue(call);
      }
    }
    b.emitAssign(result, value);
    b.goto(after);
    b.enter(after);
    return t.identifier(result.name);
  }
}

function isChainPart(node: t.Node): boolean {
  return t.isOptionalMemberExpression(node) || t.isOptionalCallExpression(node);
}

/** A construct the plugin refuses; the pipeline turns it into a code-frame error. */
export class UnsupportedError extends Error {}
