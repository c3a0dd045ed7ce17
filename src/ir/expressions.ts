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
 */
import { types as t } from "@babel/core";
import type { Block, FunctionKindName, Local, ReservedNames, Suspension, SuspensionKind } from "./types.js";
import { isVoidZero } from "./walk.js";
import { MODE } from "../protocol.js";
import { outsideOwnClass } from "./class-outside.js";

/**
 * What expression lowering needs from the graph builder (./build.ts, which implements it):
 * temporaries, blocks and jumps, emitting instructions, suspensions and returns. Declared here
 * so that this module does not import the builder.
 */
export interface Builder {
  readonly kind: FunctionKindName;
  readonly names: ReservedNames;
  readonly localsByName: ReadonlyMap<string, Local>;
  temp(displayName: string): Local;
  newBlock(handler?: Block | null): Block;
  enter(block: Block): void;
  goto(target: Block): void;
  branch(test: t.Expression, then: Block, otherwise: Block): void;
  emit(node: t.Statement, escapes?: Block[]): void;
  emitAssign(target: Local, value: t.Expression, loc?: t.SourceLocation | null): void;
  statement(node: t.Statement, labels?: string[]): void;
  suspends(node: t.Node | null | undefined): boolean;
  suspend(
    kind: SuspensionKind,
    argument: t.Expression,
    label: Suspension["label"],
    loc: t.SourceLocation | null | undefined,
    want: "value" | "discard" | Local,
  ): { suspension: Suspension; value: t.Expression | null };
  returnFrom(value: t.Expression | null): void;
  runtime(helper: string, args: t.Expression[]): t.CallExpression;
  withCellsHandedOver(literal: t.ObjectExpression): t.Expression;
}

export class ExpressionLowering {
  constructor(private readonly b: Builder) {}

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
      if (b.kind === "asyncGenerator") return this.asyncDelegate(arg, node, want);
      return b.suspend("delegate", arg, "yield*", node.loc, want).value;
    }
    if (b.kind === "asyncGenerator") {
      const awaited = b.suspend("await", arg, "await", node.loc, "value").value!;
      return b.suspend("yield", awaited, "yield", node.loc, want).value;
    }
    return b.suspend("yield", arg, "yield", node.loc, want).value;
  }

  /**
   * Async `yield*`: the loop of the spec, as IR. Each round sends the received completion to
   * the inner iterator (each Await a real suspension, so ticks match native), and yields
   * the inner value without awaiting it again.
   */
  private asyncDelegate(iterable: t.Expression, node: t.YieldExpression, want: "value" | "discard" | Local): t.Expression | null {
    const b = this.b;
    const line = node.loc?.start.line ?? "?";
    const it = b.temp(`yield* iterator (line ${line})`);
    const mode = b.temp("yield* mode");
    const received = b.temp("yield* received");
    const res = b.temp("yield* inner result");
    b.emitAssign(it, b.runtime("asyncIter", [iterable]));
    b.emitAssign(mode, t.numericLiteral(MODE.next));
    b.emitAssign(received, t.buildUndefinedNode());
    const head = b.newBlock();
    b.goto(head);
    b.enter(head);
    // One round of the spec's loop, written out so each Await is a real suspension and the
    // tick count matches native: the received completion goes to next/throw/return.
    const method = b.temp("yield* method");
    const closeResult = b.temp("yield* close result");
    const returning = b.temp("yield* returns");
    const value = b.temp("yield* return value");
    const id = (l: Local) => t.identifier(l.name);
    const set = (l: Local, e: t.Expression) => t.expressionStatement(t.assignmentExpression("=", id(l), e));
    const member = (l: Local, key: string) => t.memberExpression(id(l), t.identifier(key));
    // `it` holds the iterator record { i: iterator, n: next method read once }.
    const iterator = () => t.memberExpression(id(it), t.identifier("i"));
    const iteratorMethod = (key: string) => t.memberExpression(iterator(), t.identifier(key));
    const callMethod = (args: t.Expression[]) => t.callExpression(member(method, "call"), [iterator(), ...args]);
    const isMode = (n: number) => t.binaryExpression("===", id(mode), t.numericLiteral(n));
    const isNull = (l: Local) => t.binaryExpression("==", id(l), t.nullLiteral());
    b.statement(t.blockStatement([
      set(returning, t.booleanLiteral(false)),
      t.ifStatement(
        isMode(MODE.return),
        t.blockStatement([
          set(method, iteratorMethod("return")),
          t.ifStatement(
            isNull(method),
            t.blockStatement([set(value, t.awaitExpression(id(received))), set(returning, t.booleanLiteral(true))]),
            set(res, t.awaitExpression(callMethod([id(received)]))),
          ),
        ]),
        t.ifStatement(
          isMode(MODE.throw),
          t.blockStatement([
            set(method, iteratorMethod("throw")),
            t.ifStatement(isNull(method), t.blockStatement([
              // AsyncIteratorClose, then the TypeError.
              set(method, iteratorMethod("return")),
              t.ifStatement(t.unaryExpression("!", isNull(method)), t.blockStatement([
                set(closeResult, t.awaitExpression(callMethod([]))),
                t.expressionStatement(b.runtime("checkResult", [id(closeResult)])),
              ])),
              t.throwStatement(b.runtime("noThrowMethod", [])),
            ])),
            set(res, t.awaitExpression(callMethod([id(received)]))),
          ]),
          set(res, t.awaitExpression(t.callExpression(t.memberExpression(member(it, "n"), t.identifier("call")), [iterator(), id(received)]))),
        ),
      ),
    ]));
    const returnNow = b.newBlock();
    const carryOn = b.newBlock();
    b.branch(id(returning), returnNow, carryOn);
    b.enter(returnNow);
    b.returnFrom(id(value));
    b.enter(carryOn);
    b.emit(t.expressionStatement(b.runtime("checkResult", [t.identifier(res.name)])));
    const done = b.newBlock();
    const more = b.newBlock();
    b.branch(t.memberExpression(t.identifier(res.name), t.identifier("done")), done, more);
    b.enter(more);
    const { suspension } = b.suspend("yieldRaw", t.memberExpression(t.identifier(res.name), t.identifier("value")), "yield*", node.loc, received);
    const modeLocal = suspension.modeLocal!;
    b.emitAssign(mode, t.identifier(modeLocal.name));
    // AsyncGeneratorUnwrapYieldResumption: a return() is awaited first; a rejection becomes a throw.
    const failed = b.temp("yield* return rejection");
    b.statement(t.ifStatement(
      t.binaryExpression("===", id(mode), t.numericLiteral(MODE.return)),
      t.tryStatement(
        t.blockStatement([t.expressionStatement(t.assignmentExpression("=", id(received), t.awaitExpression(id(received))))]),
        t.catchClause(id(failed), t.blockStatement([
          t.expressionStatement(t.assignmentExpression("=", id(mode), t.numericLiteral(MODE.throw))),
          t.expressionStatement(t.assignmentExpression("=", id(received), id(failed))),
        ])),
      ),
    ));
    b.goto(head);
    b.enter(done);
    // A return() forwarded to the inner iterator that finished ends the outer generator too.
    const forwardedReturn = b.newBlock();
    const finished = b.newBlock();
    b.branch(t.binaryExpression("===", t.identifier(mode.name), t.numericLiteral(MODE.return)), forwardedReturn, finished);
    b.enter(forwardedReturn);
    b.returnFrom(t.memberExpression(t.identifier(res.name), t.identifier("value")));
    b.enter(finished);
    if (want === "discard") {
      // IteratorValue: the result's `value` is read (a getter may throw) even when unused.
      b.emit(t.expressionStatement(t.memberExpression(t.identifier(res.name), t.identifier("value"))));
      return null;
    }
    const target = want === "value" ? b.temp("yield* result") : want;
    b.emitAssign(target, t.memberExpression(t.identifier(res.name), t.identifier("value")));
    return t.identifier(target.name);
  }

  /** True when `node` needs no temporary to keep its value until later. */
  private stable(node: t.Node): boolean {
    if ((t.isLiteral(node) && !t.isTemplateLiteral(node)) || isVoidZero(node)) return true;
    if (t.isIdentifier(node)) {
      // (The user's `undefined` is an identifier like any other: a binding may shadow it.)
      const local = this.b.localsByName.get(node.name);
      return local !== undefined && local.temporary;
    }
    return false;
  }

  /** Evaluates `node` now into something stable (a temporary unless already stable). */
  private hold(node: t.Expression, display = "operand"): t.Expression {
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
  private holdKey(node: t.Expression): t.Expression {
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
  private member(node: t.MemberExpression, keepKey: boolean): t.MemberExpression {
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
    this.destructure(left as t.LVal, value);
    return value;
  }

  /** `target = value` for a pattern that contains suspensions (defaults, computed keys). */
  assignTo(target: t.LVal, value: t.Expression): void {
    this.destructure(target, value);
  }

  destructure(pattern: t.LVal, value: t.Expression): void {
    const b = this.b;
    if (t.isObjectPattern(pattern)) {
      const source = this.stable(value) ? value : this.hold(value, "destructured value");
      b.emit(t.expressionStatement(b.runtime("requireObject", [source])));
      const usedKeys: t.Expression[] = [];
      for (const prop of pattern.properties) {
        if (t.isRestElement(prop)) {
          // A property reference as target is evaluated before the rest object is made.
          const target = t.isMemberExpression(prop.argument) ? this.member(prop.argument, true) : (prop.argument as t.LVal);
          const rest = b.runtime("objectRest", [source, t.arrayExpression(usedKeys.map((k) => t.cloneNode(k)))]);
          this.destructure(target, this.holdValue(rest));
          continue;
        }
        let key: t.Expression;
        if (prop.computed) key = this.holdKey(prop.key as t.Expression);
        else if (t.isIdentifier(prop.key)) key = t.stringLiteral(prop.key.name);
        else key = prop.key as t.Expression;
        usedKeys.push(key);
        const read = t.memberExpression(source, t.cloneNode(key), true);
        this.destructureElement(prop.value as t.LVal, read);
      }
      return;
    }
    if (t.isArrayPattern(pattern)) {
      this.b.statement(this.arrayDestructuring(pattern, value));
      return;
    }
    if (t.isAssignmentPattern(pattern)) {
      this.destructureElement(pattern as t.AssignmentPattern, value);
      return;
    }
    this.assignSimple(pattern, value);
  }

  /**
   * Array destructuring with a suspension inside, written out as the spec's iterator steps so
   * the builder can take it apart: each element steps the iterator unless it is done (a step
   * or value that throws marks it done: no close), applies its default, assigns; a throw
   * closes the iterator ignoring errors from `return`; any other way out closes it normally.
   */
  private arrayDestructuring(pattern: t.ArrayPattern, value: t.Expression): t.Statement {
    const b = this.b;
    const it = b.temp("destructuring iterator");
    const done = b.temp("destructuring done");
    const step = b.temp("destructuring step");
    const caught = b.temp("destructuring error");
    const id = (l: Local) => t.identifier(l.name);
    const set = (l: Local, e: t.Expression) => t.expressionStatement(t.assignmentExpression("=", id(l), e));
    const stepOnce = (onValue: (v: t.Expression) => t.Statement): t.Statement[] => [
      set(done, t.booleanLiteral(true)),
      set(step, b.runtime("step", [id(it)])),
      t.ifStatement(
        t.unaryExpression("!", t.memberExpression(id(step), t.identifier("done"))),
        t.blockStatement([onValue(t.memberExpression(id(step), t.identifier("value"))), set(done, t.booleanLiteral(false))]),
      ),
    ];
    const body: t.Statement[] = [];
    // A target that is a property reference is evaluated before the iterator is stepped for
    // it (spec: the reference first, then IteratorStep, the default, PutValue); a nested
    // pattern is destructured after. The key stays as evaluated: it is converted at the put.
    const reference = (target: t.Node): t.Node => {
      if (!t.isMemberExpression(target)) return target;
      let object: t.Expression | t.Super = target.object;
      if (!t.isSuper(object)) {
        const held = b.temp("target object");
        body.push(set(held, object));
        object = id(held);
      }
      let property = target.property;
      if (target.computed) {
        const held = b.temp("target key");
        body.push(set(held, property as t.Expression));
        property = id(held);
      }
      return t.memberExpression(object as t.Expression, property, target.computed);
    };
    for (const element of pattern.elements) {
      if (element && t.isRestElement(element)) {
        const target = reference(element.argument);
        const rest = b.temp("destructuring rest");
        body.push(set(rest, t.arrayExpression([])));
        body.push(t.whileStatement(t.unaryExpression("!", id(done)), t.blockStatement(
          stepOnce((v) => t.expressionStatement(t.callExpression(t.memberExpression(id(rest), t.identifier("push")), [v]))),
        )));
        body.push(t.expressionStatement(t.assignmentExpression("=", target as t.Identifier, id(rest))));
        continue;
      }
      const target = element ? reference(t.isAssignmentPattern(element) ? element.left : element) : null;
      const v = b.temp("destructuring element");
      body.push(set(v, t.buildUndefinedNode()));
      body.push(t.ifStatement(t.unaryExpression("!", id(done)), t.blockStatement(stepOnce((x) => set(v, x)))));
      if (!element) continue;
      if (t.isAssignmentPattern(element)) {
        body.push(t.ifStatement(t.binaryExpression("===", id(v), t.buildUndefinedNode()), set(v, element.right)));
      }
      body.push(t.expressionStatement(t.assignmentExpression("=", target as t.Identifier, id(v))));
    }
    return t.blockStatement([
      set(it, b.runtime("iter", [value])),
      set(done, t.booleanLiteral(false)),
      t.tryStatement(
        t.blockStatement([
          t.tryStatement(
            t.blockStatement(body),
            t.catchClause(id(caught), t.blockStatement([
              t.ifStatement(t.unaryExpression("!", id(done)), t.blockStatement([
                set(done, t.booleanLiteral(true)),
                t.expressionStatement(b.runtime("close", [id(it), t.booleanLiteral(true)])),
              ])),
              t.throwStatement(id(caught)),
            ])),
          ),
        ]),
        null,
        t.blockStatement([
          t.ifStatement(t.unaryExpression("!", id(done)), t.expressionStatement(b.runtime("close", [id(it), t.booleanLiteral(false)]))),
        ]),
      ),
    ]);
  }

  private holdValue(e: t.Expression): t.Expression {
    const tmp = this.b.temp("destructured value");
    this.b.emitAssign(tmp, e);
    return t.identifier(tmp.name);
  }

  /** One element of a pattern, applying its default when the value is undefined. */
  private destructureElement(target: t.LVal | t.AssignmentPattern, read: t.Expression): void {
    const b = this.b;
    if (target.type === "AssignmentPattern") {
      // A property reference as target is evaluated before the value is read and defaulted.
      const left = t.isMemberExpression(target.left) ? this.member(target.left, true) : target.left;
      const v = this.holdValue(read);
      const fill = b.newBlock();
      const after = b.newBlock();
      b.branch(t.binaryExpression("===", v, t.buildUndefinedNode()), fill, after);
      b.enter(fill);
      b.emitAssign(b.localsByName.get((v as t.Identifier).name)!, this.value(target.right));
      b.goto(after);
      b.enter(after);
      this.destructure(left as t.LVal, v);
      return;
    }
    if (t.isObjectPattern(target) || t.isArrayPattern(target)) {
      this.destructure(target, this.holdValue(read));
      return;
    }
    this.assignSimple(target, read);
  }

  private assignSimple(target: t.LVal, value: t.Expression): void {
    const b = this.b;
    if (t.isMemberExpression(target)) {
      const m = this.member(target, true);
      b.emit(t.expressionStatement(t.assignmentExpression("=", m, value)));
      return;
    }
    b.emit(t.expressionStatement(t.assignmentExpression("=", target as t.Identifier, value)));
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
        (member as { key: t.Expression }).key = this.holdKey(outside(member.key as t.Expression));
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
