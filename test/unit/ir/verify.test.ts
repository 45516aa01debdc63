// The verifier (verify.ts) on IR built with the API, with a small test
// dialect. Expected messages and locations are those mlir-opt (LLVM 22)
// prints for the equivalent textual input, with func.func/cf.br/test.* ops
// in place of the tt.* ops below; cases the parser cannot express (uses
// across sibling regions, branches to another region) follow MLIR's
// OperationVerifier source.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { TypeAttribute } from "../../../src/ir/attribute.js";
import { Block } from "../../../src/ir/block.js";
import { Context } from "../../../src/ir/context.js";
import { type Diagnostic, opError, Severity, VerifyError } from "../../../src/ir/diagnostic.js";
import { Dialect } from "../../../src/ir/dialect.js";
import type { LocationAttr } from "../../../src/ir/location.js";
import { OpTrait } from "../../../src/ir/op-definition.js";
import { Operation } from "../../../src/ir/operation.js";
import { Region } from "../../../src/ir/region.js";
import type { Value } from "../../../src/ir/value.js";
import { verify } from "../../../src/ir/verify.js";
import { NameLoc } from "../../../src/dialects/builtin/attributes/locations.js";
import { DictionaryAttr } from "../../../src/dialects/builtin/attributes/dictionary-attr.js";
import { StringAttr } from "../../../src/dialects/builtin/attributes/string-attr.js";
import { createModule } from "../../../src/dialects/builtin/ops/module-op.js";
import { IntegerType } from "../../../src/dialects/builtin/types/integer-type.js";
// Installs MLIR's generic op form in diagnostics ("block with no terminator, has ...").
import "../../../src/print/print.js";

const tt = new Dialect("tt", [
  /** func.func: an isolated symbol with an SSACFG body. */
  { name: "tt.func", traits: OpTrait.IsolatedFromAbove | OpTrait.Symbol },
  /** test.ssacfg_region: SSACFG regions, terminators required. */
  { name: "tt.ssacfg", traits: OpTrait.None },
  /** A registered op that is not a terminator. */
  { name: "tt.plain", traits: OpTrait.None },
  /** cf.br / cf.cond_br. */
  { name: "tt.br", traits: OpTrait.IsTerminator },
  /** func.return. */
  { name: "tt.return", traits: OpTrait.IsTerminator },
  /** A graph region op that needs no terminator. */
  { name: "tt.graph", traits: OpTrait.GraphRegions | OpTrait.NoTerminator },
  /** test.isolated_one_region_op. */
  { name: "tt.isolated", traits: OpTrait.IsolatedFromAbove | OpTrait.NoTerminator | OpTrait.SingleBlock },
  /** test.single_no_terminator_op. */
  { name: "tt.single", traits: OpTrait.SingleBlock | OpTrait.NoTerminator },
  /** test.SingleBlockImplicitTerminator. */
  { name: "tt.single_term", traits: OpTrait.SingleBlock },
  /** builtin.module minus the graph region. */
  { name: "tt.symtab", traits: OpTrait.SymbolTable | OpTrait.SingleBlock | OpTrait.NoTerminator },
  {
    name: "tt.checked",
    traits: OpTrait.SingleBlock | OpTrait.NoTerminator,
    verify(op: Operation): void {
      if (op.numOperands !== 1) throw opError(op, "requires one operand");
    },
  },
]);

function newCtx(allowUnregistered = true): Context {
  const ctx = new Context({ allowUnregisteredDialects: allowUnregistered });
  ctx.loadDialect(tt);
  return ctx;
}

/** Terse IR building: every op gets `loc("<label>")` so diagnostics can be located. */
class Builder {
  readonly t: TypeAttribute;
  constructor(readonly ctx: Context) {
    this.t = IntegerType.get(ctx, 32);
  }

  loc(label: string): LocationAttr {
    return NameLoc.get(this.ctx, label);
  }

  op(
    name: string,
    label: string,
    opts: { operands?: Value[]; results?: number; regions?: Block[][]; successors?: Block[]; attrs?: Record<string, string> } = {},
  ): Operation {
    const attrs = opts.attrs === undefined ? null : DictionaryAttr.get(this.ctx, Object.entries(opts.attrs).map(([k, v]) => [k, StringAttr.get(this.ctx, v)] as const));
    return Operation.create(this.ctx.operationName(name), {
      operands: opts.operands ?? [],
      resultTypes: new Array<TypeAttribute>(opts.results ?? 0).fill(this.t),
      regions: (opts.regions ?? []).map((bs) => new Region(bs)),
      successors: opts.successors ?? [],
      attributes: attrs,
      location: this.loc(label),
    });
  }

  /** A block holding `ops` (with `nargs` i32 arguments). */
  block(ops: Operation[], nargs = 0): Block {
    const b = new Block(new Array<TypeAttribute>(nargs).fill(this.t));
    for (const o of ops) b.append(o);
    return b;
  }
}

/** The diagnostic `verify(op)` throws (failing when it does not throw a VerifyError). */
function diagnose(op: Operation): Diagnostic {
  try {
    verify(op);
  } catch (e) {
    if (e instanceof VerifyError) return e.diagnostic;
    throw e;
  }
  assert.fail("expected a verification error");
}

/** Asserts the error message, its location, the op it is about, and its notes. */
function expectError(
  root: Operation,
  message: string,
  loc: LocationAttr | null,
  notes: [string, LocationAttr | null][] = [],
  aboutOp: Operation | null | undefined = undefined,
): Diagnostic {
  const d = diagnose(root);
  assert.equal(d.message, message);
  assert.equal(d.severity, Severity.Error);
  assert.equal(d.location, loc, `location of '${message}'`);
  assert.deepEqual(
    d.notes.map((n) => [n.message, n.location, n.severity]),
    notes.map(([m, l]) => [m, l, Severity.Note]),
  );
  if (aboutOp !== undefined) assert.equal(d.op, aboutOp);
  return d;
}

/** A `tt.func` with the given blocks, inside a module. */
function func(b: Builder, blocks: Block[], label = "func"): Operation {
  const fn = b.op("tt.func", label, { regions: [blocks] });
  const m = createModule(b.ctx);
  m.region(0).entryBlock!.append(fn);
  return m;
}

describe("valid IR", () => {
  test("a function with branches, loops, block arguments and nested regions verifies", () => {
    const b = new Builder(newCtx());
    const [entry, loop, exit] = [b.block([], 1), b.block([], 1), b.block([])];
    const c = b.op("foo.def", "c", { results: 1 });
    entry.append(c);
    entry.append(b.op("tt.br", "br", { operands: [entry.argument(0)], successors: [loop] }));
    const inner = b.op("tt.single", "inner", { regions: [[b.block([b.op("foo.use", "use", { operands: [c.result(0), loop.argument(0)] })])]] });
    loop.append(inner);
    loop.append(b.op("tt.br", "cond_br", { operands: [loop.argument(0)], successors: [loop, exit] }));
    exit.append(b.op("tt.return", "ret", { operands: [c.result(0)] }));
    const m = func(b, [entry, loop, exit]);
    verify(m);
  });

  test("an empty module and a lone unregistered op verify", () => {
    const ctx = newCtx();
    verify(createModule(ctx));
    verify(new Builder(ctx).op("foo.x", "x"));
  });
});

describe("dominance", () => {
  test("use before definition in the same block", () => {
    const b = new Builder(newCtx());
    const def = b.op("foo.def", "def", { results: 1 });
    const use = b.op("foo.use", "use", { operands: [def.result(0)] });
    const m = func(b, [b.block([use, def, b.op("tt.return", "ret")])]);
    expectError(m, "operand #0 does not dominate this use", b.loc("use"), [["operand defined here (op in the same block)", b.loc("def")]], use);
  });

  test("the operand index is reported", () => {
    const b = new Builder(newCtx());
    const early = b.op("foo.early", "early", { results: 1 });
    const def = b.op("foo.def", "def", { results: 1 });
    const use = b.op("foo.use", "use", { operands: [early.result(0), early.result(0), def.result(0)] });
    const m = func(b, [b.block([early, use, def, b.op("tt.return", "ret")])]);
    expectError(m, "operand #2 does not dominate this use", b.loc("use"), [["operand defined here (op in the same block)", b.loc("def")]]);
  });

  test("across blocks, through the dominator tree (a definition on one side of a diamond)", () => {
    const b = new Builder(newCtx());
    const [entry, left, right, join] = [b.block([], 1), b.block([]), b.block([]), b.block([])];
    entry.append(b.op("tt.br", "cond_br", { operands: [entry.argument(0)], successors: [left, right] }));
    const def = b.op("foo.def", "def", { results: 1 });
    left.append(def);
    left.append(b.op("tt.br", "br1", { successors: [join] }));
    right.append(b.op("tt.br", "br2", { successors: [join] }));
    const use = b.op("foo.use", "use", { operands: [def.result(0)] });
    join.append(use);
    join.append(b.op("tt.return", "ret"));
    const m = func(b, [entry, left, right, join]);
    expectError(m, "operand #0 does not dominate this use", b.loc("use"), [["operand defined here (op in the same region)", b.loc("def")]]);
    // Through the dominating block instead, it verifies.
    def.moveBefore(entry.first!);
    verify(m);
  });

  test("a block listed after the block it dominates may define values used there", () => {
    const b = new Builder(newCtx());
    const [entry, second, first] = [b.block([]), b.block([]), b.block([])];
    const def = b.op("foo.def", "def", { results: 1 });
    entry.append(b.op("tt.br", "br0", { successors: [first] }));
    first.append(def);
    first.append(b.op("tt.br", "br1", { successors: [second] }));
    second.append(b.op("tt.return", "ret", { operands: [def.result(0)] }));
    verify(func(b, [entry, second, first]));
  });

  test("unreachable blocks are exempt, but regions nested in them are not", () => {
    const b = new Builder(newCtx());
    const [entry, dead] = [b.block([b.op("tt.return", "ret")]), b.block([])];
    const def = b.op("foo.def", "def", { results: 1 });
    dead.append(b.op("foo.use", "use", { operands: [def.result(0)] }));
    dead.append(def);
    dead.append(b.op("tt.br", "loop", { successors: [dead] }));
    const m = func(b, [entry, dead]);
    verify(m);
    const innerDef = b.op("foo.def", "innerDef", { results: 1 });
    const innerUse = b.op("foo.use", "innerUse", { operands: [innerDef.result(0)] });
    dead.prepend(b.op("tt.ssacfg", "nest", { regions: [[b.block([innerUse, innerDef, b.op("tt.return", "r")])]] }));
    expectError(m, "operand #0 does not dominate this use", b.loc("innerUse"), [["operand defined here (op in the same block)", b.loc("innerDef")]]);
  });

  test("block arguments dominate their block and the blocks it dominates only", () => {
    const b = new Builder(newCtx());
    const [entry, a, arg, c] = [b.block([]), b.block([]), b.block([], 1), b.block([])];
    entry.append(b.op("tt.br", "br0", { successors: [a] }));
    a.append(b.op("tt.br", "br1", { successors: [c] }));
    arg.append(b.op("tt.br", "br2", { successors: [c] }));
    const use = b.op("foo.use", "use", { operands: [arg.argument(0)] });
    c.append(use);
    c.append(b.op("tt.return", "ret"));
    const m = func(b, [entry, a, arg, c]);
    // mlir-opt: note: operand defined as a block argument (block #2 in the same region), at the func.
    expectError(m, "operand #0 does not dominate this use", b.loc("use"), [["operand defined as a block argument (block #2 in the same region)", b.loc("func")]]);
  });

  test("a block argument of a later block, used in a nested region (parent region)", () => {
    const b = new Builder(newCtx());
    const entry = b.block([], 1);
    const next = b.block([], 1);
    const use = b.op("foo.use", "use", { operands: [next.argument(0)] });
    entry.append(b.op("foo.r", "r", { regions: [[b.block([use])]] }));
    entry.append(b.op("tt.br", "br", { operands: [entry.argument(0)], successors: [next] }));
    next.append(b.op("tt.return", "ret"));
    const ssacfg = b.op("tt.ssacfg", "ssacfg", { regions: [[entry, next]] });
    expectError(ssacfg, "operand #0 does not dominate this use", b.loc("use"), [["operand defined as a block argument (block #1 in a parent region)", b.loc("ssacfg")]]);
  });

  test("a block argument of a nested region used outside it (child region), or in a sibling (neither)", () => {
    const b = new Builder(newCtx());
    const inner = b.block([b.op("tt.return", "r0")], 1);
    const holder = b.op("tt.ssacfg", "holder", { regions: [[inner], [b.block([b.op("tt.return", "r1")])]] });
    const outsideUse = b.op("foo.use", "outsideUse", { operands: [inner.argument(0)] });
    const m = func(b, [b.block([holder, outsideUse, b.op("tt.return", "ret")])]);
    expectError(m, "operand #0 does not dominate this use", b.loc("outsideUse"), [["operand defined as a block argument (block #0 in a child region)", b.loc("holder")]]);
    outsideUse.erase();
    const siblingUse = b.op("foo.use", "siblingUse", { operands: [inner.argument(0)] });
    holder.region(1).entryBlock!.prepend(siblingUse);
    expectError(m, "operand #0 does not dominate this use", b.loc("siblingUse"), [
      ["operand defined as a block argument (block #0 neither in a parent nor in a child region)", b.loc("holder")],
    ]);
  });

  test("values from enclosing regions: defined before is fine, after is not", () => {
    const b = new Builder(newCtx());
    const before = b.op("foo.before", "before", { results: 1 });
    const after = b.op("foo.after", "after", { results: 1 });
    const use = b.op("foo.use", "use", { operands: [before.result(0), after.result(0)] });
    const nest = b.op("tt.ssacfg", "nest", { regions: [[b.block([use, b.op("tt.return", "r")])]] });
    const m = func(b, [b.block([before, nest, after, b.op("tt.return", "ret")])]);
    expectError(m, "operand #1 does not dominate this use", b.loc("use"), [["operand defined here (op in a parent region)", b.loc("after")]]);
    use.eraseOperand(1);
    verify(m);
  });

  test("an op's result used inside its own region: an error in SSACFG regions, fine in graph regions", () => {
    // mlir-opt: inside func.func, "operand defined here (op in a parent region)";
    // at module level (a graph region), accepted.
    const b = new Builder(newCtx());
    const holder = b.op("foo.op", "holder", { results: 1, regions: [[b.block([])]] });
    const use = b.op("foo.use", "use", { operands: [holder.result(0)] });
    holder.region(0).entryBlock!.append(use);
    const m = func(b, [b.block([holder, b.op("tt.return", "ret")])]);
    expectError(m, "operand #0 does not dominate this use", b.loc("use"), [["operand defined here (op in a parent region)", b.loc("holder")]]);
    holder.detach();
    const top = createModule(b.ctx);
    top.region(0).entryBlock!.append(holder);
    verify(top);
    const graph = b.op("tt.graph", "graph", { regions: [[b.block([holder.detach()])]] });
    verify(graph);
  });

  test("a value defined in a nested region used outside it (child region) or in a sibling (neither)", () => {
    const b = new Builder(newCtx());
    const def = b.op("foo.def", "def", { results: 1 });
    const holder = b.op("tt.ssacfg", "holder", { regions: [[b.block([def, b.op("tt.return", "r0")])], [b.block([b.op("tt.return", "r1")])]] });
    const use = b.op("foo.use", "use", { operands: [def.result(0)] });
    const m = func(b, [b.block([holder, use, b.op("tt.return", "ret")])]);
    expectError(m, "operand #0 does not dominate this use", b.loc("use"), [["operand defined here (op in a child region)", b.loc("def")]]);
    use.erase();
    const sibling = b.op("foo.use", "sibling", { operands: [def.result(0)] });
    holder.region(1).entryBlock!.prepend(sibling);
    expectError(m, "operand #0 does not dominate this use", b.loc("sibling"), [["operand defined here (op is neither in a parent nor in a child region)", b.loc("def")]]);
  });

  test("graph regions are exempt: registered GraphRegions ops, modules, single-block unregistered ops", () => {
    for (const holderName of ["tt.graph", "builtin.module", "foo.graph"]) {
      const b = new Builder(newCtx());
      const def = b.op("foo.def", "def", { results: 1, operands: [] });
      const use = b.op("foo.use", "use", { operands: [def.result(0)] });
      def.setOperands([def.result(0)]); // a self-use too
      const holder = b.op(holderName, "holder", { regions: [[b.block([use, def])]] });
      verify(holder);
    }
  });

  test("multi-block regions of unregistered ops do have dominance", () => {
    const b = new Builder(newCtx());
    const def = b.op("foo.def", "def", { results: 1 });
    const use = b.op("foo.use", "use", { operands: [def.result(0)] });
    const [b0, b1] = [b.block([]), b.block([use, def, b.op("foo.t", "t")])];
    b0.append(b.op("foo.br", "br", { successors: [b1] }));
    const r = b.op("foo.r", "r", { regions: [[b0, b1]] });
    const m = func(b, [b.block([r, b.op("tt.return", "ret")])]);
    expectError(m, "operand #0 does not dominate this use", b.loc("use"), [["operand defined here (op in the same block)", b.loc("def")]]);
  });
});

describe("detached definitions", () => {
  test("a value of a detached op or of a block in no region is reported, not crashed on", () => {
    const b = new Builder(newCtx());
    const loose = b.op("foo.loose", "loose", { results: 1 });
    const orphan = b.block([], 1);
    const use = b.op("foo.use", "use", { operands: [loose.result(0)] });
    const ssacfg = b.op("tt.ssacfg", "ssacfg", { regions: [[b.block([use, b.op("tt.return", "r")])]] });
    expectError(ssacfg, "operand #0 does not dominate this use", b.loc("use"), [["operand defined here (op is neither in a parent nor in a child region)", b.loc("loose")]]);
    orphan.append(loose);
    expectError(ssacfg, "operand #0 does not dominate this use", b.loc("use"), [["operand defined here (op is neither in a parent nor in a child region)", b.loc("loose")]]);
    use.setOperand(0, orphan.argument(0));
    expectError(ssacfg, "operand #0 does not dominate this use", b.loc("use"), [[" (block without parent)", null]]);
  });

  test("inside an isolated op: the operand is unlinked", () => {
    const b = new Builder(newCtx());
    const loose = b.op("foo.loose", "loose", { results: 1 });
    const use = b.op("foo.use", "use", { operands: [loose.result(0)] });
    expectError(b.op("tt.isolated", "iso", { regions: [[b.block([use])]] }), "operation's operand is unlinked", b.loc("use"), [], use);
  });
});

describe("isolated from above", () => {
  test("a use of an outer value, with the isolation note at the isolated op", () => {
    const b = new Builder(newCtx());
    const outer = b.block([], 1);
    const use = b.op("foo.use", "use", { operands: [outer.argument(0)] });
    const inner = b.op("tt.func", "inner", { regions: [[b.block([use, b.op("tt.return", "r")])]] });
    outer.append(b.op("foo.r", "r", { regions: [[b.block([inner])]] }));
    outer.append(b.op("tt.return", "ret"));
    const m = func(b, [outer]);
    expectError(m, "'foo.use' op using value defined outside the region", b.loc("use"), [["required by region isolation constraints", b.loc("inner")]], use);
  });

  test("deeply nested uses are found; nested isolated ops are checked on their own", () => {
    const b = new Builder(newCtx());
    const def = b.op("foo.def", "def", { results: 1 });
    const use = b.op("foo.use", "use", { operands: [def.result(0)] });
    const iso = b.op("tt.isolated", "iso", { regions: [[b.block([b.op("foo.a", "a", { regions: [[b.block([b.op("foo.b", "b", { regions: [[b.block([use])]] })])]] })])]] });
    const m = createModule(b.ctx);
    for (const o of [def, iso]) m.region(0).entryBlock!.append(o);
    expectError(m, "'foo.use' op using value defined outside the region", b.loc("use"), [["required by region isolation constraints", b.loc("iso")]]);
    // A value of the isolated op's own regions is fine, at any depth.
    const innerDef = b.op("foo.innerDef", "innerDef", { results: 1 });
    iso.region(0).entryBlock!.prepend(innerDef);
    use.setOperand(0, innerDef.result(0));
    verify(m);
    // An isolated op nested in another one reports against itself.
    const use2 = b.op("foo.use2", "use2", { operands: [innerDef.result(0)] });
    const iso2 = b.op("tt.isolated", "iso2", { regions: [[b.block([use2])]] });
    iso.region(0).entryBlock!.append(iso2);
    expectError(m, "'foo.use2' op using value defined outside the region", b.loc("use2"), [["required by region isolation constraints", b.loc("iso2")]]);
  });

  test("the isolated op's own operands may come from outside", () => {
    const b = new Builder(newCtx());
    const def = b.op("foo.def", "def", { results: 1 });
    const iso = b.op("tt.isolated", "iso", { operands: [def.result(0)], regions: [[b.block([])]] });
    const m = createModule(b.ctx);
    m.region(0).entryBlock!.append(def);
    m.region(0).entryBlock!.append(iso);
    verify(m);
  });
});

describe("blocks and terminators", () => {
  test("empty block: at the location of the region's op", () => {
    const b = new Builder(newCtx());
    // Multi-block region: even unregistered ops need terminators.
    const r = b.op("foo.r", "r", { regions: [[b.block([b.op("foo.br", "br")]), b.block([])]] });
    expectError(r, "empty block: expect at least a terminator", b.loc("r"));
    // A single block of a registered op without NoTerminator.
    const s = b.op("tt.ssacfg", "s", { regions: [[b.block([])]] });
    expectError(s, "empty block: expect at least a terminator", b.loc("s"));
    // NoTerminator ops and single-block unregistered ops are fine.
    verify(b.op("tt.single", "single", { regions: [[b.block([])]] }));
    verify(b.op("foo.u", "u", { regions: [[b.block([])]] }));
  });

  test("missing terminator: the last op, printed generically", () => {
    const b = new Builder(newCtx());
    const def = b.op("tt.plain", "plain", { results: 1 });
    const [b0, b1] = [b.block([]), b.block([def])];
    b0.append(b.op("tt.br", "br", { successors: [b1] }));
    const m = func(b, [b0, b1]);
    // mlir-opt: error: block with no terminator, has %0 = "arith.constant"() <{value = 0 : i32}> : () -> i32
    expectError(m, 'block with no terminator, has %0 = "tt.plain"() : () -> i32', b.loc("plain"), [], def);
    // An unregistered last op might be a terminator: accepted.
    b1.append(b.op("foo.maybe_terminator", "maybe"));
    verify(m);
  });

  test("a single-block region of a registered op needs a terminator too", () => {
    const b = new Builder(newCtx());
    const s = b.op("tt.ssacfg", "s", { regions: [[b.block([b.op("tt.plain", "plain")])]] });
    expectError(s, 'block with no terminator, has "tt.plain"() : () -> ()', b.loc("plain"));
  });

  test("successors in the middle of a block", () => {
    const b = new Builder(newCtx());
    const [b0, b1] = [b.block([]), b.block([b.op("tt.return", "ret")])];
    const br = b.op("tt.br", "br", { successors: [b1] });
    b0.append(br);
    b0.append(b.op("foo.x", "x"));
    const m = func(b, [b0, b1]);
    // Unprefixed, like mlir-opt's "operation with block successors must terminate its parent block".
    expectError(m, "operation with block successors must terminate its parent block", b.loc("br"), [], br);
  });

  test("a terminator that is not last", () => {
    const b = new Builder(newCtx());
    const ret = b.op("tt.return", "ret");
    const m = func(b, [b.block([ret, b.op("foo.x", "x")])]);
    expectError(m, "'tt.return' op must be the last operation in the parent block", b.loc("ret"), [], ret);
  });

  test("a branch to a block of another region", () => {
    const b = new Builder(newCtx());
    const other = b.block([b.op("tt.return", "r")]);
    b.op("tt.ssacfg", "elsewhere", { regions: [[other]] });
    const br = b.op("tt.br", "br", { successors: [other] });
    const m = func(b, [b.block([br])]);
    expectError(m, "'tt.br' op branching to block of a different region", b.loc("br"), [], br);
  });

  test("an entry block with predecessors: at the region's op, without an op", () => {
    const b = new Builder(newCtx());
    const entry = b.block([]);
    entry.append(b.op("tt.br", "br", { successors: [entry] }));
    const m = func(b, [entry]);
    const fn = m.region(0).entryBlock!.first!;
    expectError(m, "entry block of region may not have predecessors", b.loc("func"), [], null);
    assert.equal(fn.opName, "tt.func");
    // Also for unregistered ops.
    const e2 = b.block([]);
    e2.append(b.op("foo.br", "br2", { successors: [e2] }));
    expectError(b.op("foo.r", "r", { regions: [[e2]] }), "entry block of region may not have predecessors", b.loc("r"));
  });
});

describe("region shapes", () => {
  test("SingleBlock: at most one block, non-empty unless NoTerminator", () => {
    const b = new Builder(newCtx());
    const single = b.op("tt.single", "single", { regions: [[b.block([b.op("foo.x", "x1")]), b.block([b.op("foo.x", "x2")])]] });
    expectError(single, "'tt.single' op expects region #0 to have 0 or 1 blocks", b.loc("single"), [], single);
    // mlir-opt on test.SingleBlockImplicitTerminator with an empty block.
    const term = b.op("tt.single_term", "term", { regions: [[b.block([])]] });
    expectError(term, "'tt.single_term' op expects a non-empty block", b.loc("term"));
    verify(b.op("tt.single", "empty", { regions: [[]] }));
    verify(b.op("tt.single_term", "noBlocks", { regions: [[]] }));
  });

  test("graph regions of registered ops have at most one block", () => {
    const b = new Builder(newCtx());
    const g = b.op("tt.graph", "graph", { regions: [[b.block([]), b.block([b.op("foo.x", "x")])]] });
    expectError(g, "'tt.graph' op expects graph region #0 to have 0 or 1 blocks", b.loc("graph"));
  });

  test("trait checks run before the op's own verify hook", () => {
    const b = new Builder(newCtx());
    const checked = b.op("tt.checked", "checked", { regions: [[b.block([]), b.block([])]] });
    expectError(checked, "'tt.checked' op expects region #0 to have 0 or 1 blocks", b.loc("checked"));
    checked.region(0).last!.erase();
    expectError(checked, "'tt.checked' op requires one operand", b.loc("checked"));
    const def = b.op("foo.def", "def", { results: 1 });
    checked.setOperands([def.result(0)]);
    verify(checked);
  });

  test("module: a region with one block", () => {
    const b = new Builder(newCtx());
    const m = createModule(b.ctx);
    m.region(0).append(b.block([]));
    expectError(m, "'builtin.module' op expects region #0 to have 0 or 1 blocks", null);
  });
});

describe("symbols", () => {
  test("redefinition in a symbol table, with a note at the first definition", () => {
    const b = new Builder(newCtx());
    const first = b.op("foo.sym", "first", { attrs: { sym_name: "x" } });
    const other = b.op("foo.sym", "other", { attrs: { sym_name: "y" } });
    const second = b.op("foo.sym", "second", { attrs: { sym_name: "x" } });
    const table = b.op("tt.symtab", "table", { regions: [[b.block([first, other, second])]] });
    expectError(table, "redefinition of symbol named 'x'", b.loc("second"), [["see existing symbol definition here", b.loc("first")]], second);
  });

  test("sym_name in properties counts too; modules are symbol tables", () => {
    const b = new Builder(newCtx());
    const m = createModule(b.ctx);
    const a = createModule(b.ctx, b.loc("a"));
    a.properties = DictionaryAttr.get(b.ctx, { sym_name: StringAttr.get(b.ctx, "m") });
    const c = b.op("foo.sym", "c", { attrs: { sym_name: "m" } });
    m.region(0).entryBlock!.append(a);
    m.region(0).entryBlock!.append(c);
    expectError(m, "redefinition of symbol named 'm'", b.loc("c"), [["see existing symbol definition here", b.loc("a")]]);
  });

  test("nested tables are separate scopes; unregistered ops are not symbol tables", () => {
    const b = new Builder(newCtx());
    const inner = b.op("tt.symtab", "inner", { regions: [[b.block([b.op("foo.sym", "i", { attrs: { sym_name: "x" } })])]] });
    const table = b.op("tt.symtab", "table", { regions: [[b.block([b.op("foo.sym", "o", { attrs: { sym_name: "x" } }), inner])]] });
    verify(table);
    const loose = b.op("foo.holder", "holder", {
      regions: [[b.block([b.op("foo.sym", "a", { attrs: { sym_name: "x" } }), b.op("foo.sym", "b", { attrs: { sym_name: "x" } })])]],
    });
    verify(loose);
  });
});

describe("unregistered operations", () => {
  test("refused without allowUnregisteredDialects", () => {
    const b = new Builder(newCtx(false));
    const x = b.op("foo.x", "x");
    const m = createModule(b.ctx);
    m.region(0).entryBlock!.append(x);
    expectError(
      m,
      "'foo.x' op created with unregistered dialect. If this is intended, please call allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect with the MLIR opt tool used",
      b.loc("x"),
      [],
      x,
    );
    b.ctx.allowUnregisteredDialects = true;
    verify(m);
  });

  test("an unknown op of a loaded dialect is refused even when unregistered dialects are allowed", () => {
    const b = new Builder(newCtx(true));
    const x = b.op("tt.nope", "nope");
    expectError(x, "unregistered operation 'tt.nope' found in dialect ('tt') that does not allow unknown operations", b.loc("nope"), [], x);
    const y = b.op("builtin.nope", "bnope");
    expectError(y, "unregistered operation 'builtin.nope' found in dialect ('builtin') that does not allow unknown operations", b.loc("bnope"));
  });
});

describe("order and depth", () => {
  test("structure of the enclosing op first, then isolated children, then the enclosing op's exit checks", () => {
    const b = new Builder(newCtx());
    // An isolated child with a dominance error, then a duplicate symbol in the table.
    const def = b.op("foo.def", "def", { results: 1 });
    const use = b.op("foo.use", "use", { operands: [def.result(0)] });
    const f1 = b.op("tt.func", "f1", { regions: [[b.block([use, def, b.op("tt.return", "r")])]], attrs: { sym_name: "f" } });
    const f2 = b.op("foo.sym", "f2", { attrs: { sym_name: "f" } });
    const table = b.op("tt.symtab", "table", { regions: [[b.block([f1, f2])]] });
    // mlir-opt verifies isolated children before the symbol table (a region trait).
    expectError(table, "operand #0 does not dominate this use", b.loc("use"), [["operand defined here (op in the same block)", b.loc("def")]]);
    // A structural error outside the isolated child comes before it.
    const ret = b.op("tt.return", "misplaced");
    table.region(0).entryBlock!.prepend(ret);
    expectError(table, "'tt.return' op must be the last operation in the parent block", b.loc("misplaced"));
    ret.erase();
    def.moveBefore(use);
    expectError(table, "redefinition of symbol named 'f'", b.loc("f2"), [["see existing symbol definition here", b.loc("f1")]]);
  });

  test("10,000 nested isolated ops verify without overflowing the stack; an error at the bottom is found", () => {
    const b = new Builder(newCtx());
    const root = b.op("tt.isolated", "root", { regions: [[b.block([])]] });
    let cur = root;
    for (let i = 0; i < 10_000; i++) {
      const next = b.op("tt.isolated", "level", { regions: [[b.block([])]] });
      cur.region(0).entryBlock!.append(next);
      cur = next;
    }
    verify(root);
    const def = b.op("foo.def", "def", { results: 1 });
    const use = b.op("foo.use", "use", { operands: [def.result(0)] });
    cur.region(0).entryBlock!.append(use);
    cur.region(0).entryBlock!.append(def);
    // The innermost isolated op is a graph-free SSACFG region: use before def.
    expectError(root, "operand #0 does not dominate this use", b.loc("use"), [["operand defined here (op in the same block)", b.loc("def")]]);
  });

  test("10,000 nested modules verify", () => {
    const ctx = newCtx();
    const root = createModule(ctx);
    let cur = root;
    for (let i = 0; i < 10_000; i++) {
      const next = createModule(ctx);
      cur.region(0).entryBlock!.append(next);
      cur = next;
    }
    verify(root);
  });

  test("10,000 nested SSACFG regions with a use of the outermost value at the bottom", () => {
    const b = new Builder(newCtx());
    const def = b.op("foo.def", "def", { results: 1 });
    const top = b.block([def]);
    let cur = top;
    for (let i = 0; i < 10_000; i++) {
      const inner = b.block([]);
      cur.append(b.op("tt.single", "level", { regions: [[inner]] }));
      cur = inner;
    }
    const use = b.op("foo.use", "use", { operands: [def.result(0)] });
    cur.append(use);
    top.append(b.op("tt.return", "ret"));
    const m = func(b, [top]);
    verify(m);
    def.moveAfter(top.first!.next!); // after the outermost nest
    expectError(m, "operand #0 does not dominate this use", b.loc("use"), [["operand defined here (op in a parent region)", b.loc("def")]]);
  });
});
