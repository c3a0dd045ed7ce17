/**
 * What expression lowering needs from the graph builder (./graph-builder.ts implements it):
 * temporaries, blocks and jumps, emitting instructions, suspensions and returns. A module of
 * its own so that the expression modules do not import the builder, nor each other in a cycle.
 */
import type { types as t } from "@babel/core";
import type { Block, FunctionKindName, Local, ReservedNames, Suspension, SuspensionKind } from "./types.js";

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
