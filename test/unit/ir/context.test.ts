// Context (context.ts), Dialect (dialect.ts), OperationName
// (operation-name.ts), uniquing slots (uniquing.ts) and Trie (trie.ts).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Context } from "../../../src/ir/context.js";
import { Diagnostic, Severity } from "../../../src/ir/diagnostic.js";
import { Dialect } from "../../../src/ir/dialect.js";
import { OpTrait } from "../../../src/ir/op-definition.js";
import { Operation } from "../../../src/ir/operation.js";
import { Trie } from "../../../src/ir/trie.js";
import { newUniquingTable } from "../../../src/ir/uniquing.js";
import { builtinDialect } from "../../../src/dialects/builtin/dialect.js";

const tt = new Dialect("tt", [
  { name: "tt.term", traits: OpTrait.IsTerminator },
  { name: "tt.graph", traits: OpTrait.GraphRegions | OpTrait.NoTerminator },
]);

describe("Context", () => {
  test("the builtin dialect is always loaded", () => {
    const ctx = new Context();
    assert.equal(ctx.getDialect("builtin"), builtinDialect);
    assert.deepEqual(ctx.loadedDialects, [builtinDialect]);
    assert.equal(ctx.operationName("builtin.module").isRegistered, true);
    assert.equal(ctx.allowUnregisteredDialects, false);
    assert.equal(new Context({ allowUnregisteredDialects: true }).allowUnregisteredDialects, true);
  });

  test("operations print in diagnostics without locations unless the context says so", () => {
    assert.equal(new Context().diagnosticPrintFlags.debugInfo, false);
    const flags = { debugInfo: true, printElementsAttrsWithHexIfLarger: 2 };
    assert.equal(new Context({ diagnosticPrintFlags: flags }).diagnosticPrintFlags, flags);
  });

  test("operation names are interned per context", () => {
    const ctx = new Context();
    const a = ctx.operationName("foo.op");
    assert.equal(ctx.operationName("foo.op"), a);
    assert.notEqual(ctx.operationName("foo.other"), a);
    assert.notEqual(new Context().operationName("foo.op"), a);
    assert.equal(a.context, ctx);
    assert.equal(a.name, "foo.op");
  });

  test("loadDialect registers its ops; it is idempotent and refuses a different dialect of the same name", () => {
    const ctx = new Context();
    ctx.loadDialect(tt);
    ctx.loadDialect(tt);
    assert.equal(ctx.getDialect("tt"), tt);
    assert.deepEqual(ctx.loadedDialects, [builtinDialect, tt]);
    const term = ctx.operationName("tt.term");
    assert.equal(term.def, tt.ops.get("tt.term"));
    assert.equal(term.dialect, tt);
    assert.throws(() => ctx.loadDialect(new Dialect("tt")), /a different dialect named 'tt' is already loaded/);
    assert.equal(ctx.getDialect("tt"), tt);
    assert.equal(ctx.getDialect("nope"), undefined);
  });

  test("names interned before their dialect is loaded are registered in place, with their operations", () => {
    const ctx = new Context({ allowUnregisteredDialects: true });
    const before = ctx.operationName("tt.term");
    const unknown = ctx.operationName("tt.unknown");
    const other = ctx.operationName("foo.keep");
    const opBefore = Operation.create(before);
    assert.equal(before.isRegistered, false);
    assert.equal(before.dialect, null);
    assert.ok(before.mightHaveTrait(OpTrait.NoTerminator));
    assert.equal(opBefore.isRegistered, false);
    ctx.loadDialect(tt);
    const after = ctx.operationName("tt.term");
    assert.equal(after, before);
    assert.equal(after.isRegistered, true);
    assert.equal(after.def, tt.ops.get("tt.term"));
    assert.equal(after.dialect, tt);
    assert.equal(after.traits, OpTrait.IsTerminator);
    assert.ok(after.hasTrait(OpTrait.IsTerminator));
    assert.ok(!after.mightHaveTrait(OpTrait.NoTerminator));
    // Operations created before share the name, so they are registered now.
    assert.equal(opBefore.name, after);
    assert.equal(opBefore.isRegistered, true);
    // A name of the namespace that the dialect does not define gets the dialect only.
    assert.equal(ctx.operationName("tt.unknown"), unknown);
    assert.equal(unknown.dialect, tt);
    assert.equal(unknown.def, null);
    // Other namespaces keep their interned names, unregistered.
    assert.equal(ctx.operationName("foo.keep"), other);
    assert.equal(other.dialect, null);
  });

  test("unknown names of a loaded dialect have the dialect but no definition", () => {
    const ctx = new Context();
    ctx.loadDialect(tt);
    const n = ctx.operationName("tt.unknown");
    assert.equal(n.dialect, tt);
    assert.equal(n.def, null);
    assert.equal(n.isRegistered, false);
    const noDot = ctx.operationName("nodot");
    assert.equal(noDot.dialect, null);
    assert.equal(noDot.dialectName, "");
  });

  test("emit reaches the handler, or nothing", () => {
    const ctx = new Context();
    const d = new Diagnostic(Severity.Warning, "careful", null);
    ctx.emit(d); // no handler: dropped
    const got: Diagnostic[] = [];
    ctx.diagnosticHandler = (x) => void got.push(x);
    ctx.emit(d);
    assert.deepEqual(got, [d]);
  });

  test("uniquing tables are per context and per slot, created once", () => {
    const a = new Context();
    const b = new Context();
    const s1 = newUniquingTable();
    const s2 = newUniquingTable();
    assert.notEqual(s1, s2);
    const t = a.table<string, number>(s1);
    t.set("x", 1);
    assert.equal(a.table<string, number>(s1), t);
    assert.equal(a.table<string, number>(s1).get("x"), 1);
    assert.notEqual(b.table<string, number>(s1), t);
    assert.equal(b.table<string, number>(s1).get("x"), undefined);
    assert.notEqual(a.table<string, number>(s2), t);
    const tr = a.trie<number>(newUniquingTable());
    assert.ok(tr instanceof Trie);
  });
});

describe("OperationName", () => {
  test("traits of registered names; unregistered names might have any trait", () => {
    const ctx = new Context();
    ctx.loadDialect(tt);
    const g = ctx.operationName("tt.graph");
    assert.equal(g.traits, OpTrait.GraphRegions | OpTrait.NoTerminator);
    assert.ok(g.hasTrait(OpTrait.GraphRegions));
    assert.ok(!g.hasTrait(OpTrait.IsTerminator));
    assert.ok(g.mightHaveTrait(OpTrait.NoTerminator));
    assert.ok(!g.mightHaveTrait(OpTrait.IsTerminator));
    const u = ctx.operationName("foo.op");
    assert.equal(u.traits, 0);
    assert.ok(!u.hasTrait(OpTrait.IsTerminator));
    assert.ok(u.mightHaveTrait(OpTrait.IsTerminator));
    assert.ok(u.mightHaveTrait(OpTrait.IsolatedFromAbove));
    assert.equal(u.dialectName, "foo");
    assert.equal(ctx.operationName("a.b.c").dialectName, "a");
  });
});

describe("Trie", () => {
  test("interns sequences exactly: prefixes, lengths and element identity matter", () => {
    const t = new Trie<string>();
    let made = 0;
    const make = (v: string) => () => (made++, v);
    const x = {};
    const y = {};
    assert.equal(t.intern([1, x], 2, make("1x")), "1x");
    assert.equal(t.intern([1, x], 2, make("again")), "1x");
    assert.equal(made, 1);
    assert.equal(t.intern([1], 1, make("1")), "1");
    assert.equal(t.intern([1, y], 2, make("1y")), "1y");
    assert.equal(t.intern(["1", x], 2, make("s1x")), "s1x");
    assert.equal(t.intern([], 0, make("empty")), "empty");
    // Only the first n parts are the key.
    assert.equal(t.intern([1, x, 99], 2, make("ignored")), "1x");
    assert.equal(made, 5);
    assert.equal(t.get([1, x], 2), "1x");
    assert.equal(t.get([1], 1), "1");
    assert.equal(t.get([], 0), "empty");
    assert.equal(t.get([1, x, y], 3), undefined);
    assert.equal(t.get([2], 1), undefined);
    assert.equal(new Trie<string>().get([], 0), undefined);
  });

  test("null, falsy values and NaN are keys like any other", () => {
    const t = new Trie<number>();
    t.intern([null], 1, () => 1);
    t.intern([0], 1, () => 2);
    t.intern([""], 1, () => 3);
    t.intern([false], 1, () => 4);
    t.intern([NaN], 1, () => 5);
    assert.deepEqual([[null], [0], [""], [false], [NaN]].map((k) => t.get(k, 1)), [1, 2, 3, 4, 5]);
  });
});
