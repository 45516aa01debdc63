// Uniquing and simplification of the builtin locations
// (dialects/builtin/attributes/locations.ts). FusedLoc.get follows MLIR's
// FusedLoc::get; the expected results were checked with mlir-opt
// --mlir-print-debuginfo on the equivalent `loc(...)` text.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Context } from "../../../../src/ir/context.js";
import type { LocationAttr } from "../../../../src/ir/location.js";
import { CallSiteLoc, FileLineColLoc, FusedLoc, NameLoc, OpaqueLoc, UnknownLoc } from "../../../../src/dialects/builtin/attributes/locations.js";
import { StringAttr } from "../../../../src/dialects/builtin/attributes/string-attr.js";

describe("simple locations", () => {
  test("UnknownLoc is a singleton per context", () => {
    const ctx = new Context();
    assert.equal(UnknownLoc.get(ctx), UnknownLoc.get(ctx));
    assert.notEqual(UnknownLoc.get(ctx), UnknownLoc.get(new Context()));
  });

  test("FileLineColLoc: positions by file, line and column, several per line", () => {
    const ctx = new Context();
    const locs: FileLineColLoc[] = [];
    for (const file of ["a.mlir", "b.mlir"]) {
      for (let line = 1; line <= 3; line++) {
        for (let col = 0; col <= 4; col++) locs.push(FileLineColLoc.get(ctx, file, line, col));
      }
    }
    assert.equal(new Set(locs).size, locs.length);
    // Asked again in another order, every one is found.
    for (const l of [...locs].reverse()) assert.equal(FileLineColLoc.get(ctx, l.filename, l.line, l.column), l);
    const l = FileLineColLoc.get(ctx, "a.mlir", 2, 3);
    assert.deepEqual([l.filename, l.line, l.column, l.endLine, l.endColumn, l.isRange], ["a.mlir", 2, 3, 2, 3, false]);
  });

  test("FileLineColLoc ranges: a range equal to a position is that position", () => {
    const ctx = new Context();
    const p = FileLineColLoc.get(ctx, "a.mlir", 1, 2);
    assert.equal(FileLineColLoc.range(ctx, "a.mlir", 1, 2, 1, 2), p);
    const r = FileLineColLoc.range(ctx, "a.mlir", 1, 2, 1, 9);
    assert.equal(FileLineColLoc.range(ctx, "a.mlir", 1, 2, 1, 9), r);
    assert.ok(r.isRange);
    const all = [p, r, FileLineColLoc.range(ctx, "a.mlir", 1, 2, 3, 9), FileLineColLoc.range(ctx, "a.mlir", 12, 9, 1, 1), FileLineColLoc.range(ctx, "b.mlir", 1, 2, 1, 9)];
    assert.equal(new Set(all).size, all.length);
  });

  test("FileLineColLoc: huge line numbers are uniqued too", () => {
    const ctx = new Context();
    const big = 2 ** 31;
    const a = FileLineColLoc.get(ctx, "a.mlir", big, 1);
    assert.equal(FileLineColLoc.get(ctx, "a.mlir", big, 1), a);
    assert.notEqual(FileLineColLoc.get(ctx, "a.mlir", big, 2), a);
    assert.equal(a.line, big);
  });

  test("NameLoc: the child defaults to unknown", () => {
    const ctx = new Context();
    const n = NameLoc.get(ctx, "x");
    assert.equal(NameLoc.get(ctx, "x", UnknownLoc.get(ctx)), n);
    assert.equal(n.child, UnknownLoc.get(ctx));
    const f = FileLineColLoc.get(ctx, "a.mlir", 1, 1);
    const withChild = NameLoc.get(ctx, "x", f);
    assert.equal(NameLoc.get(ctx, "x", f), withChild);
    assert.equal(new Set([n, withChild, NameLoc.get(ctx, "y"), NameLoc.get(ctx, "x", NameLoc.get(ctx, "x"))]).size, 4);
  });

  test("CallSiteLoc: callee and caller are ordered", () => {
    const ctx = new Context();
    const [a, b] = [NameLoc.get(ctx, "a"), NameLoc.get(ctx, "b")];
    const c = CallSiteLoc.get(ctx, a, b);
    assert.equal(CallSiteLoc.get(ctx, a, b), c);
    assert.notEqual(CallSiteLoc.get(ctx, b, a), c);
    assert.equal(c.callee, a);
    assert.equal(c.caller, b);
  });

  test("OpaqueLoc: by payload identity and fallback", () => {
    const ctx = new Context();
    const payload = { id: 1 };
    const fb = NameLoc.get(ctx, "fb");
    const o = OpaqueLoc.get(ctx, payload, fb);
    assert.equal(OpaqueLoc.get(ctx, payload, fb), o);
    assert.notEqual(OpaqueLoc.get(ctx, { id: 1 }, fb), o);
    assert.notEqual(OpaqueLoc.get(ctx, payload, UnknownLoc.get(ctx)), o);
    assert.equal(o.payload, payload);
  });
});

describe("FusedLoc", () => {
  function locs(ctx: Context) {
    return {
      x: FileLineColLoc.get(ctx, "a.mlir", 1, 1),
      y: FileLineColLoc.get(ctx, "a.mlir", 2, 1),
      z: NameLoc.get(ctx, "z"),
      unknown: UnknownLoc.get(ctx),
      m: StringAttr.get(ctx, "m"),
      n: StringAttr.get(ctx, "n"),
    };
  }

  test("without metadata: nothing or only unknowns is unknown, one location is itself", () => {
    const ctx = new Context();
    const { x, unknown } = locs(ctx);
    assert.equal(FusedLoc.get(ctx, []), unknown);
    assert.equal(FusedLoc.get(ctx, [unknown, unknown]), unknown);
    assert.equal(FusedLoc.get(ctx, [x]), x);
    assert.equal(FusedLoc.get(ctx, [x, unknown, x]), x);
  });

  test("unknowns and duplicates are dropped, order is kept", () => {
    const ctx = new Context();
    const { x, y, z, unknown } = locs(ctx);
    const f = FusedLoc.get(ctx, [y, unknown, x, y, z, x]) as FusedLoc;
    assert.ok(f instanceof FusedLoc);
    assert.deepEqual(f.locations, [y, x, z]);
    assert.equal(f.metadata, null);
    assert.equal(FusedLoc.get(ctx, [y, x, z]), f);
    assert.equal(FusedLoc.getRaw(ctx, [y, x, z], null), f);
    assert.notEqual(FusedLoc.get(ctx, [x, y, z]), f);
  });

  test("nested fused locations with the same metadata are flattened, others kept", () => {
    const ctx = new Context();
    const { x, y, z, m, n } = locs(ctx);
    const inner = FusedLoc.get(ctx, [x, y]);
    assert.deepEqual((FusedLoc.get(ctx, [inner, z, x]) as FusedLoc).locations, [x, y, z]);
    const innerM = FusedLoc.get(ctx, [x, y], m);
    const outerM = FusedLoc.get(ctx, [z, innerM], m) as FusedLoc;
    assert.deepEqual(outerM.locations, [z, x, y]);
    assert.equal(outerM.metadata, m);
    // Different metadata: the inner fused location is one element.
    const outerN = FusedLoc.get(ctx, [z, innerM], n) as FusedLoc;
    assert.deepEqual(outerN.locations, [z, innerM]);
    assert.deepEqual((FusedLoc.get(ctx, [z, innerM]) as FusedLoc).locations, [z, innerM]);
    assert.deepEqual((FusedLoc.get(ctx, [inner, z], m) as FusedLoc).locations, [inner, z]);
  });

  test("with metadata: no location gives fused<m>[unknown], one location stays fused", () => {
    const ctx = new Context();
    const { x, unknown, m } = locs(ctx);
    const empty = FusedLoc.get(ctx, [], m) as FusedLoc;
    assert.ok(empty instanceof FusedLoc);
    assert.deepEqual(empty.locations, [unknown]);
    assert.equal(FusedLoc.get(ctx, [unknown], m), empty);
    const one = FusedLoc.get(ctx, [x], m) as FusedLoc;
    assert.deepEqual(one.locations, [x]);
    assert.equal(one.metadata, m);
    assert.notEqual(one, x);
  });

  test("fused<m>[fused<m>[unknown], x] keeps the inner unknown, as in MLIR", () => {
    // mlir-opt prints loc(fused<"m">[fused<"m">[unknown], "a.mlir":1:1]) as
    // loc(fused<"m">[unknown, "a.mlir":1:1]).
    const ctx = new Context();
    const { x, unknown, m } = locs(ctx);
    const inner = FusedLoc.get(ctx, [], m);
    const f = FusedLoc.get(ctx, [inner, x], m) as FusedLoc;
    assert.deepEqual(f.locations, [unknown, x]);
  });

  test("getRaw does not simplify; metadata is part of the identity", () => {
    const ctx = new Context();
    const { x, unknown, m, n } = locs(ctx);
    const raw = FusedLoc.getRaw(ctx, [x, unknown, x], null);
    assert.deepEqual(raw.locations, [x, unknown, x]);
    assert.equal(FusedLoc.getRaw(ctx, [x, unknown, x], null), raw);
    const all = [FusedLoc.getRaw(ctx, [x], null), FusedLoc.getRaw(ctx, [x], m), FusedLoc.getRaw(ctx, [x], n), FusedLoc.getRaw(ctx, [], null)];
    assert.equal(new Set(all).size, all.length);
  });
});

describe("contexts", () => {
  test("the same location in two contexts is two objects", () => {
    const make = (ctx: Context): LocationAttr[] => {
      const f = FileLineColLoc.get(ctx, "a.mlir", 1, 1);
      const n = NameLoc.get(ctx, "n");
      return [UnknownLoc.get(ctx), f, FileLineColLoc.range(ctx, "a.mlir", 1, 1, 2, 2), n, CallSiteLoc.get(ctx, f, n), FusedLoc.get(ctx, [f, n])];
    };
    const a = new Context();
    const b = new Context();
    const xs = make(a);
    const ys = make(b);
    assert.deepEqual(make(a), xs);
    xs.forEach((x, i) => assert.notEqual(x, ys[i], `location #${i}`));
  });
});
