// Uniquing of the builtin attributes (dialects/builtin/attributes/, except
// the affine and dense ones): equal attributes are one object per context,
// values are stored canonically, and different contexts give different
// objects.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Attribute } from "../../../../src/ir/attribute.js";
import { Context } from "../../../../src/ir/context.js";
import { ArrayAttr } from "../../../../src/dialects/builtin/attributes/array-attr.js";
import { DictionaryAttr } from "../../../../src/dialects/builtin/attributes/dictionary-attr.js";
import { DistinctAttr } from "../../../../src/dialects/builtin/attributes/distinct-attr.js";
import { FloatAttr } from "../../../../src/dialects/builtin/attributes/float-attr.js";
import { canonicalize, IntegerAttr } from "../../../../src/dialects/builtin/attributes/integer-attr.js";
import { OpaqueAttr } from "../../../../src/dialects/builtin/attributes/opaque-attr.js";
import { StridedLayoutAttr } from "../../../../src/dialects/builtin/attributes/strided-layout-attr.js";
import { decodeUtf8, encodeUtf8, StringAttr } from "../../../../src/dialects/builtin/attributes/string-attr.js";
import { SymbolRefAttr } from "../../../../src/dialects/builtin/attributes/symbol-ref-attr.js";
import { TypeAttr } from "../../../../src/dialects/builtin/attributes/type-attr.js";
import { UnitAttr } from "../../../../src/dialects/builtin/attributes/unit-attr.js";
import { FloatType } from "../../../../src/dialects/builtin/types/float-type.js";
import { IndexType } from "../../../../src/dialects/builtin/types/index-type.js";
import { IntegerType, Signedness } from "../../../../src/dialects/builtin/types/integer-type.js";
import { DYNAMIC } from "../../../../src/dialects/builtin/types/shaped-type.js";

describe("IntegerAttr", () => {
  test("equal values are one object, whether given as number or bigint", () => {
    const ctx = new Context();
    const i32 = IntegerType.get(ctx, 32);
    const a = IntegerAttr.get(ctx, i32, 42);
    assert.equal(IntegerAttr.get(ctx, i32, 42), a);
    assert.equal(IntegerAttr.get(ctx, i32, 42n), a);
    assert.equal(a.value, 42n);
    assert.equal(a.number, 42);
    assert.equal(a.toDecimal(), "42");
    assert.equal(a.type, i32);
  });

  test("the same number in different types is different attributes", () => {
    const ctx = new Context();
    const types = [IntegerType.get(ctx, 32), IntegerType.get(ctx, 64), IntegerType.get(ctx, 32, Signedness.Signed), IntegerType.get(ctx, 32, Signedness.Unsigned), IndexType.get(ctx)];
    const attrs = types.map((t) => IntegerAttr.get(ctx, t, 1));
    assert.equal(new Set(attrs).size, types.length);
  });

  test("values wrap to the type: 255 : i8 is -1 : i8, -1 : ui8 is 255 : ui8", () => {
    const ctx = new Context();
    const i8 = IntegerType.get(ctx, 8);
    const ui8 = IntegerType.get(ctx, 8, Signedness.Unsigned);
    const si8 = IntegerType.get(ctx, 8, Signedness.Signed);
    assert.equal(IntegerAttr.get(ctx, i8, 255), IntegerAttr.get(ctx, i8, -1));
    assert.equal(IntegerAttr.get(ctx, i8, 255).value, -1n);
    assert.equal(IntegerAttr.get(ctx, i8, 256), IntegerAttr.get(ctx, i8, 0));
    assert.equal(IntegerAttr.get(ctx, ui8, -1), IntegerAttr.get(ctx, ui8, 255));
    assert.equal(IntegerAttr.get(ctx, ui8, -1).value, 255n);
    assert.equal(IntegerAttr.get(ctx, si8, 128).value, -128n);
    assert.equal(IntegerAttr.get(ctx, si8, 128), IntegerAttr.get(ctx, si8, -128n));
    assert.equal(IntegerAttr.get(ctx, i8, 1000n), IntegerAttr.get(ctx, i8, -24));
  });

  test("i1 holds 0 and 1 (true is 1, also when given as -1); si1 holds -1 and 0", () => {
    const ctx = new Context();
    const i1 = IntegerType.get(ctx, 1);
    const t = IntegerAttr.bool(ctx, true);
    assert.equal(t, IntegerAttr.get(ctx, i1, 1));
    assert.equal(IntegerAttr.get(ctx, i1, -1), t);
    assert.equal(IntegerAttr.get(ctx, i1, 3n), t);
    assert.equal(t.value, 1n);
    assert.equal(IntegerAttr.bool(ctx, false), IntegerAttr.get(ctx, i1, 2));
    assert.ok(t.isBool);
    const si1 = IntegerType.get(ctx, 1, Signedness.Signed);
    assert.equal(IntegerAttr.get(ctx, si1, 1).value, -1n);
    assert.equal(IntegerAttr.get(ctx, si1, 1), IntegerAttr.get(ctx, si1, -1));
    assert.ok(!IntegerAttr.get(ctx, si1, 1).isBool);
    assert.ok(!IntegerAttr.get(ctx, IntegerType.get(ctx, 1, Signedness.Unsigned), 1).isBool);
    assert.ok(!IntegerAttr.get(ctx, IntegerType.get(ctx, 8), 1).isBool);
  });

  test("i0 holds only 0", () => {
    const ctx = new Context();
    const i0 = IntegerType.get(ctx, 0);
    assert.equal(IntegerAttr.get(ctx, i0, 5), IntegerAttr.get(ctx, i0, 0));
    assert.equal(IntegerAttr.get(ctx, i0, -7n).value, 0n);
  });

  test("big values: 64-bit wrap, unsigned 64-bit, i128, index", () => {
    const ctx = new Context();
    const i64 = IntegerType.get(ctx, 64);
    const ui64 = IntegerType.get(ctx, 64, Signedness.Unsigned);
    const i128 = IntegerType.get(ctx, 128);
    const min = IntegerAttr.get(ctx, i64, 2n ** 63n);
    assert.equal(min.value, -(2n ** 63n));
    assert.equal(IntegerAttr.get(ctx, i64, -(2n ** 63n)), min);
    assert.equal(min.toDecimal(), "-9223372036854775808");
    const max = IntegerAttr.get(ctx, ui64, -1);
    assert.equal(max.value, 2n ** 64n - 1n);
    assert.equal(IntegerAttr.get(ctx, ui64, 2n ** 64n - 1n), max);
    assert.equal(max.toDecimal(), "18446744073709551615");
    assert.equal(max.number, 2 ** 64);
    const huge = IntegerAttr.get(ctx, i128, 2n ** 100n + 1n);
    assert.equal(IntegerAttr.get(ctx, i128, 2n ** 100n + 1n), huge);
    assert.notEqual(IntegerAttr.get(ctx, i128, 2n ** 100n), huge);
    assert.equal(IntegerAttr.get(ctx, i128, 2n ** 127n).value, -(2n ** 127n));
    const index = IndexType.get(ctx);
    assert.equal(IntegerAttr.get(ctx, index, 2n ** 64n), IntegerAttr.get(ctx, index, 0));
    assert.equal(IntegerAttr.get(ctx, index, -1).value, -1n);
  });

  test("around 2^53: numbers must be safe integers, bigints may be anything", () => {
    const ctx = new Context();
    const i64 = IntegerType.get(ctx, 64);
    const safe = IntegerAttr.get(ctx, i64, Number.MAX_SAFE_INTEGER);
    assert.equal(IntegerAttr.get(ctx, i64, BigInt(Number.MAX_SAFE_INTEGER)), safe);
    assert.throws(() => IntegerAttr.get(ctx, i64, 2 ** 53), RangeError);
    assert.throws(() => IntegerAttr.get(ctx, i64, 1.5), RangeError);
    assert.throws(() => IntegerAttr.get(ctx, i64, NaN), RangeError);
    const above = IntegerAttr.get(ctx, i64, 2n ** 53n);
    assert.notEqual(above, safe);
    assert.equal(above.value, 2n ** 53n);
    assert.equal(IntegerAttr.get(ctx, i64, 2n ** 53n), above);
    assert.equal(IntegerAttr.get(ctx, i64, -(2n ** 53n) - 1n).toDecimal(), "-9007199254740993");
    // A bigint that wraps into the safe range is the same as the number.
    const i32 = IntegerType.get(ctx, 32);
    assert.equal(IntegerAttr.get(ctx, i32, 2n ** 40n + 5n), IntegerAttr.get(ctx, i32, 5));
  });

  test("-0 is 0", () => {
    const ctx = new Context();
    const i32 = IntegerType.get(ctx, 32);
    const z = IntegerAttr.get(ctx, i32, -0);
    assert.equal(IntegerAttr.get(ctx, i32, 0), z);
    assert.ok(Object.is(z.number, 0));
    assert.equal(z.toDecimal(), "0");
  });

  test("canonicalize follows the signedness convention", () => {
    const ctx = new Context();
    assert.equal(canonicalize(IntegerType.get(ctx, 4), 15n), -1n);
    assert.equal(canonicalize(IntegerType.get(ctx, 4, Signedness.Unsigned), -1n), 15n);
    assert.equal(canonicalize(IntegerType.get(ctx, 4, Signedness.Signed), 8n), -8n);
    assert.equal(canonicalize(IntegerType.get(ctx, 1), -1n), 1n);
    assert.equal(canonicalize(IndexType.get(ctx), 2n ** 63n), -(2n ** 63n));
  });
});

describe("FloatAttr", () => {
  test("by bit pattern: equal values are one object, -0.0 is not 0.0", () => {
    const ctx = new Context();
    const f32 = FloatType.get(ctx, "f32");
    const a = FloatAttr.get(ctx, f32, 1.5);
    assert.equal(FloatAttr.get(ctx, f32, 1.5), a);
    assert.equal(a.value, 1.5);
    assert.equal(a.bits, 0x3fc00000n);
    const pz = FloatAttr.get(ctx, f32, 0);
    const nz = FloatAttr.get(ctx, f32, -0);
    assert.notEqual(pz, nz);
    assert.ok(Object.is(nz.value, -0));
    assert.equal(nz.bits, 0x80000000n);
    assert.equal(FloatAttr.fromBits(ctx, f32, 0x80000000n), nz);
  });

  test("values round to the type first", () => {
    const ctx = new Context();
    const f32 = FloatType.get(ctx, "f32");
    assert.equal(FloatAttr.get(ctx, f32, 0.1), FloatAttr.get(ctx, f32, 0.10000000149011612));
    assert.notEqual(FloatAttr.get(ctx, FloatType.get(ctx, "f64"), 0.1), FloatAttr.get(ctx, FloatType.get(ctx, "f64"), 0.10000000149011612));
    assert.equal(FloatAttr.get(ctx, FloatType.get(ctx, "f16"), 65520), FloatAttr.get(ctx, FloatType.get(ctx, "f16"), Infinity));
  });

  test("NaN payloads are distinct attributes", () => {
    const ctx = new Context();
    const f64 = FloatType.get(ctx, "f64");
    const nan = FloatAttr.get(ctx, f64, NaN);
    assert.equal(FloatAttr.get(ctx, f64, NaN), nan);
    assert.equal(FloatAttr.fromBits(ctx, f64, nan.bits), nan);
    const payload = FloatAttr.fromBits(ctx, f64, 0x7ff0000000000001n);
    const negative = FloatAttr.fromBits(ctx, f64, 0xfff8000000000000n);
    assert.equal(new Set([nan, payload, negative]).size, 3);
    assert.equal(FloatAttr.fromBits(ctx, f64, 0x7ff0000000000001n), payload);
    assert.ok(Number.isNaN(payload.value));
    const f32 = FloatType.get(ctx, "f32");
    assert.notEqual(FloatAttr.fromBits(ctx, f32, 0x7fc00001n), FloatAttr.fromBits(ctx, f32, 0x7fc00000n));
  });

  test("the same value in different types is different attributes", () => {
    const ctx = new Context();
    const names = ["f16", "bf16", "f32", "f64", "f80", "f128", "tf32", "f8E4M3FN"];
    const attrs = names.map((n) => FloatAttr.get(ctx, FloatType.get(ctx, n), 1));
    assert.equal(new Set(attrs).size, names.length);
    assert.ok(attrs.every((a) => a.value === 1));
  });

  test("wide bit patterns (f80, f128) are uniqued exactly", () => {
    const ctx = new Context();
    const f128 = FloatType.get(ctx, "f128");
    const bits = (1n << 127n) | 0x3fff0000000000000000000000000001n;
    const a = FloatAttr.fromBits(ctx, f128, bits);
    assert.equal(FloatAttr.fromBits(ctx, f128, bits), a);
    assert.notEqual(FloatAttr.fromBits(ctx, f128, bits ^ 1n), a);
    assert.equal(a.bits, bits);
    const f80 = FloatType.get(ctx, "f80");
    assert.equal(FloatAttr.get(ctx, f80, 2.5), FloatAttr.get(ctx, f80, 2.5));
    assert.equal(FloatAttr.get(ctx, f80, 2.5).value, 2.5);
  });
});

describe("StringAttr", () => {
  test("text strings, typed strings", () => {
    const ctx = new Context();
    const s = StringAttr.get(ctx, "hello");
    assert.equal(StringAttr.get(ctx, "hello"), s);
    assert.equal(StringAttr.get(ctx, "hello", null), s);
    assert.equal(s.type, null);
    const i32 = IntegerType.get(ctx, 32);
    const typed = StringAttr.get(ctx, "hello", i32);
    assert.equal(StringAttr.get(ctx, "hello", i32), typed);
    assert.equal(typed.type, i32);
    const all = [s, typed, StringAttr.get(ctx, "hello", IntegerType.get(ctx, 64)), StringAttr.get(ctx, ""), StringAttr.get(ctx, "hello ")];
    assert.equal(new Set(all).size, all.length);
  });

  test("bytes that are valid UTF-8 give the text attribute", () => {
    const ctx = new Context();
    assert.equal(StringAttr.fromBytes(ctx, "abc"), StringAttr.get(ctx, "abc"));
    assert.equal(StringAttr.fromBytes(ctx, "\xc3\xa9t\xc3\xa9"), StringAttr.get(ctx, "été"));
    assert.equal(StringAttr.fromBytes(ctx, "\xf0\x9f\x98\x80"), StringAttr.get(ctx, "😀"));
    assert.equal(StringAttr.get(ctx, "été").bytes, "\xc3\xa9t\xc3\xa9");
    assert.equal(StringAttr.get(ctx, "😀").bytes, "\xf0\x9f\x98\x80");
    const i8 = IntegerType.get(ctx, 8);
    assert.equal(StringAttr.fromBytes(ctx, "\xc3\xa9", i8), StringAttr.get(ctx, "é", i8));
  });

  test("invalid UTF-8 is kept as a binary string, distinct from any text", () => {
    const ctx = new Context();
    const invalid = [
      "\xff",
      "a\x80b", // continuation byte alone
      "\xc0\x80", // overlong NUL
      "\xe0\x80\x80", // overlong
      "\xed\xa0\x80", // surrogate U+D800
      "\xf4\x90\x80\x80", // above U+10FFFF
      "\xe2\x82", // truncated
      "\xc3", // truncated at the end
    ];
    for (const bytes of invalid) {
      assert.equal(decodeUtf8(bytes), null, JSON.stringify(bytes));
      const b = StringAttr.fromBytes(ctx, bytes);
      assert.equal(b.binary, true);
      assert.equal(b.value, bytes);
      assert.equal(b.bytes, bytes);
      assert.equal(StringAttr.fromBytes(ctx, bytes), b);
      // The text whose chars are those code points is another string.
      assert.notEqual(StringAttr.get(ctx, bytes), b);
    }
    const i32 = IntegerType.get(ctx, 32);
    assert.notEqual(StringAttr.fromBytes(ctx, "\xff", i32), StringAttr.fromBytes(ctx, "\xff"));
    assert.equal(StringAttr.fromBytes(ctx, "\xff", i32), StringAttr.fromBytes(ctx, "\xff", i32));
  });

  test("encodeUtf8 and decodeUtf8 are inverse on text", () => {
    for (const s of ["", "ascii", "\0", "é", "€", "😀", "a\u07ff\u0800\uffff", "mixed é 😀 €"]) {
      assert.equal(decodeUtf8(encodeUtf8(s)), s, JSON.stringify(s));
    }
    assert.equal(encodeUtf8("€"), "\xe2\x82\xac");
  });
});

describe("ArrayAttr", () => {
  test("by element sequence; the array is copied and frozen", () => {
    const ctx = new Context();
    const one = IntegerAttr.get(ctx, IntegerType.get(ctx, 32), 1);
    const s = StringAttr.get(ctx, "s");
    const elems: Attribute[] = [one, s];
    const a = ArrayAttr.get(ctx, elems);
    elems.pop();
    assert.deepEqual(a.elements, [one, s]);
    assert.ok(Object.isFrozen(a.elements));
    assert.equal(ArrayAttr.get(ctx, [one, s]), a);
    assert.equal(a.size, 2);
    const empty = ArrayAttr.get(ctx, []);
    const all = [a, empty, ArrayAttr.get(ctx, [one]), ArrayAttr.get(ctx, [s, one]), ArrayAttr.get(ctx, [one, s, one]), ArrayAttr.get(ctx, [empty]), ArrayAttr.get(ctx, [a])];
    assert.equal(new Set(all).size, all.length);
    assert.equal(ArrayAttr.get(ctx, []), empty);
    assert.equal(ArrayAttr.get(ctx, [ArrayAttr.get(ctx, [one, s])]), all[6]);
  });
});

describe("DictionaryAttr", () => {
  test("independent of entry order; entries sorted by name", () => {
    const ctx = new Context();
    const one = IntegerAttr.get(ctx, IntegerType.get(ctx, 32), 1);
    const s = StringAttr.get(ctx, "s");
    const u = UnitAttr.get(ctx);
    const d = DictionaryAttr.get(ctx, { b: one, a: s, c: u });
    assert.equal(DictionaryAttr.get(ctx, [["c", u], ["a", s], ["b", one]]), d);
    assert.equal(DictionaryAttr.get(ctx, [["a", s], ["b", one], ["c", u]]), d);
    assert.deepEqual(d.names, ["a", "b", "c"]);
    assert.deepEqual(d.values, [s, one, u]);
    assert.deepEqual(d.entries, [["a", s], ["b", one], ["c", u]]);
    assert.equal(d.size, 3);
    assert.equal(d.get("b"), one);
    assert.equal(d.get("a"), s);
    assert.equal(d.get("c"), u);
    assert.equal(d.get("d"), undefined);
    assert.equal(d.get(""), undefined);
  });

  test("keys and values both matter; key sets that are prefixes are distinct", () => {
    const ctx = new Context();
    const i32 = IntegerType.get(ctx, 32);
    const [v1, v2] = [IntegerAttr.get(ctx, i32, 1), IntegerAttr.get(ctx, i32, 2)];
    const all = [
      DictionaryAttr.empty(ctx),
      DictionaryAttr.get(ctx, { a: v1 }),
      DictionaryAttr.get(ctx, { a: v2 }),
      DictionaryAttr.get(ctx, { b: v1 }),
      DictionaryAttr.get(ctx, { a: v1, b: v2 }),
      DictionaryAttr.get(ctx, { a: v2, b: v1 }),
      DictionaryAttr.get(ctx, { a: v1, b: v2, c: v1 }),
      DictionaryAttr.get(ctx, { ab: v1 }),
    ];
    assert.equal(new Set(all).size, all.length);
    assert.equal(DictionaryAttr.get(ctx, {}), all[0]);
    assert.equal(DictionaryAttr.get(ctx, []), all[0]);
    // Dictionaries with one key set share the names array.
    assert.equal(all[4]!.names, all[5]!.names);
  });

  test("names containing NUL do not collide with other key sets", () => {
    // mlir-opt keeps {"a\00b" = 1, c = 2} and {a = 1, "b\00c" = 2} apart.
    const ctx = new Context();
    const i32 = IntegerType.get(ctx, 32);
    const [v1, v2] = [IntegerAttr.get(ctx, i32, 1), IntegerAttr.get(ctx, i32, 2)];
    const x = DictionaryAttr.get(ctx, [["a\0b", v1], ["c", v2]]);
    const y = DictionaryAttr.get(ctx, [["a", v1], ["b\0c", v2]]);
    assert.notEqual(x, y);
    assert.deepEqual(y.names, ["a", "b\0c"]);
    const single = DictionaryAttr.get(ctx, [["a\0b", v1]]);
    const pair = DictionaryAttr.get(ctx, [["a", v1], ["b", v2]]);
    assert.deepEqual(single.names, ["a\0b"]);
    assert.deepEqual(pair.names, ["a", "b"]);
    assert.equal(pair.get("b"), v2);
  });

  test("duplicate keys are rejected", () => {
    const ctx = new Context();
    const u = UnitAttr.get(ctx);
    assert.throws(() => DictionaryAttr.get(ctx, [["a", u], ["b", u], ["a", u]]), (e: unknown) => e instanceof RangeError && e.message === "duplicate key 'a' in dictionary attribute");
    assert.throws(() => DictionaryAttr.get(ctx, [["x", u], ["x", StringAttr.get(ctx, "other")]]), RangeError);
  });

  test("with and without", () => {
    const ctx = new Context();
    const i32 = IntegerType.get(ctx, 32);
    const [v1, v2] = [IntegerAttr.get(ctx, i32, 1), IntegerAttr.get(ctx, i32, 2)];
    const d = DictionaryAttr.with(ctx, null, "b", v1);
    assert.equal(d, DictionaryAttr.get(ctx, { b: v1 }));
    const d2 = DictionaryAttr.with(ctx, d, "a", v2);
    assert.equal(d2, DictionaryAttr.get(ctx, { a: v2, b: v1 }));
    assert.equal(DictionaryAttr.with(ctx, d2, "b", v2), DictionaryAttr.get(ctx, { a: v2, b: v2 }));
    assert.equal(DictionaryAttr.without(ctx, d2, "a"), d);
    assert.equal(DictionaryAttr.without(ctx, d2, "zzz"), d2);
    assert.equal(DictionaryAttr.without(ctx, d, "b"), DictionaryAttr.empty(ctx));
    assert.deepEqual(d.names, ["b"], "inputs are not modified");
  });

  test("fromParallel sorts its arrays in place", () => {
    const ctx = new Context();
    const u = UnitAttr.get(ctx);
    const s = StringAttr.get(ctx, "s");
    const names = ["z", "m", "a", "extra"];
    const values: Attribute[] = [u, s, u, s];
    const d = DictionaryAttr.fromParallel(ctx, names, values, 3);
    assert.deepEqual(d.names, ["a", "m", "z"]);
    assert.deepEqual(d.values, [u, s, u]);
    assert.equal(d, DictionaryAttr.get(ctx, { m: s, a: u, z: u }));
  });
});

describe("other attributes", () => {
  test("TypeAttr and UnitAttr", () => {
    const ctx = new Context();
    const i32 = IntegerType.get(ctx, 32);
    assert.equal(TypeAttr.get(ctx, i32), TypeAttr.get(ctx, i32));
    assert.notEqual(TypeAttr.get(ctx, i32), TypeAttr.get(ctx, IntegerType.get(ctx, 64)));
    assert.equal(TypeAttr.get(ctx, i32).value, i32);
    assert.equal(UnitAttr.get(ctx), UnitAttr.get(ctx));
  });

  test("SymbolRefAttr: root and nested references", () => {
    const ctx = new Context();
    const flat = SymbolRefAttr.get(ctx, "a");
    assert.equal(SymbolRefAttr.get(ctx, "a", []), flat);
    assert.ok(flat.isFlat);
    assert.equal(flat.leaf, "a");
    const nested = SymbolRefAttr.get(ctx, "a", ["b", "c"]);
    assert.equal(SymbolRefAttr.get(ctx, "a", ["b", "c"]), nested);
    assert.equal(nested.leaf, "c");
    assert.ok(!nested.isFlat);
    const all = [flat, nested, SymbolRefAttr.get(ctx, "a", ["b"]), SymbolRefAttr.get(ctx, "b", ["a", "c"]), SymbolRefAttr.get(ctx, "a", ["c", "b"])];
    assert.equal(new Set(all).size, all.length);
  });

  test("OpaqueAttr: namespace, data and type", () => {
    const ctx = new Context();
    const o = OpaqueAttr.get(ctx, "foo", "bar<1>");
    assert.equal(OpaqueAttr.get(ctx, "foo", "bar<1>"), o);
    assert.equal(OpaqueAttr.get(ctx, "foo", "bar<1>", null), o);
    const i32 = IntegerType.get(ctx, 32);
    const all = [o, OpaqueAttr.get(ctx, "foo", "bar<1>", i32), OpaqueAttr.get(ctx, "foo", "bar<2>"), OpaqueAttr.get(ctx, "fo", "obar<1>")];
    assert.equal(new Set(all).size, all.length);
    assert.equal(all[1]!, OpaqueAttr.get(ctx, "foo", "bar<1>", i32));
  });

  test("StridedLayoutAttr: offset and strides", () => {
    const ctx = new Context();
    const s = StridedLayoutAttr.get(ctx, 0, [8, 1]);
    assert.equal(StridedLayoutAttr.get(ctx, 0, [8, 1]), s);
    const all = [s, StridedLayoutAttr.get(ctx, 8, [1]), StridedLayoutAttr.get(ctx, 0, [1, 8]), StridedLayoutAttr.get(ctx, DYNAMIC, [8, 1]), StridedLayoutAttr.get(ctx, 0, [DYNAMIC, 1]), StridedLayoutAttr.get(ctx, 0, [])];
    assert.equal(new Set(all).size, all.length);
    assert.deepEqual(s.strides, [8, 1]);
    assert.ok(Object.isFrozen(s.strides));
  });

  test("DistinctAttr is never shared", () => {
    const ctx = new Context();
    const u = UnitAttr.get(ctx);
    const a = DistinctAttr.create(ctx, u);
    assert.notEqual(DistinctAttr.create(ctx, u), a);
    assert.equal(a.referenced, u);
  });
});

describe("contexts", () => {
  test("the same attribute in two contexts is two objects", () => {
    const make = (ctx: Context): Attribute[] => {
      const i32 = IntegerType.get(ctx, 32);
      const one = IntegerAttr.get(ctx, i32, 1);
      return [
        one,
        IntegerAttr.get(ctx, IntegerType.get(ctx, 128), 2n ** 100n),
        FloatAttr.get(ctx, FloatType.get(ctx, "f32"), 1),
        StringAttr.get(ctx, "s"),
        StringAttr.fromBytes(ctx, "\xff"),
        ArrayAttr.get(ctx, [one]),
        DictionaryAttr.get(ctx, { a: one }),
        DictionaryAttr.get(ctx, { a: one, b: one }),
        DictionaryAttr.empty(ctx),
        TypeAttr.get(ctx, i32),
        UnitAttr.get(ctx),
        SymbolRefAttr.get(ctx, "f"),
        OpaqueAttr.get(ctx, "foo", "x"),
        StridedLayoutAttr.get(ctx, 0, [1]),
      ];
    };
    const a = new Context();
    const b = new Context();
    const xs = make(a);
    const ys = make(b);
    assert.deepEqual(make(a), xs, "stable within a context");
    xs.forEach((x, i) => assert.notEqual(x, ys[i], `attribute #${i}`));
  });
});
