import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { DenseArrayAttr } from "../../../../src/dialects/builtin/attributes/dense-array-attr.js";
import { DenseIntOrFPElementsAttr } from "../../../../src/dialects/builtin/attributes/dense-elements-attr.js";
import { DenseResourceElementsAttr, DenseResourceHandle } from "../../../../src/dialects/builtin/attributes/dense-resource-attr.js";
import { DenseStringElementsAttr } from "../../../../src/dialects/builtin/attributes/dense-string-elements-attr.js";
import type { FileLineColLoc } from "../../../../src/dialects/builtin/attributes/locations.js";
import { SparseElementsAttr } from "../../../../src/dialects/builtin/attributes/sparse-elements-attr.js";
import { IntegerType } from "../../../../src/dialects/builtin/types/integer-type.js";
import { RankedTensorType } from "../../../../src/dialects/builtin/types/tensor-type.js";
import type { Attribute } from "../../../../src/ir/attribute.js";
import { Context } from "../../../../src/ir/context.js";
import { parseAttribute, parseSourceString } from "../../../../src/parse/parse.js";
import { ParseError } from "../../../../src/parse/parser-state.js";
import { printAttribute } from "../../../../src/print/attribute-printer.js";
import { printOperation } from "../../../../src/print/print.js";

/** `[line, column, message, notes]`, as `dense-golden/generate.mjs` records mlir-opt's first error. */
type ErrorRecord = [number, number, string, [number, number, string][]];

/**
 * What tsdl makes of a whole source text, in the golden file's terms: the
 * generic print with mlir-opt's trailing newline, or the error.
 */
function run(input: string, ctx = new Context({ allowUnregisteredDialects: true })): string | ErrorRecord {
  try {
    const module = parseSourceString(ctx, input, { filename: "<stdin>" });
    return printOperation(module, { generic: true }) + "\n";
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    const d = e.diagnostic;
    const at = (l: unknown): [number, number] => [(l as FileLineColLoc).line, (l as FileLineColLoc).column];
    return [...at(d.location), d.message, d.notes.map((n) => [...at(n.location), n.message] as [number, number, string])];
  }
}

function attr(ctx: Context, text: string): Attribute {
  return parseAttribute(ctx, text);
}

function roundTrip(text: string): string {
  return printAttribute(attr(new Context({ allowUnregisteredDialects: true }), text));
}

const op = (a: string): string => `"t.op"() {a = ${a}} : () -> ()`;

describe("dense attributes against the mlir-opt golden corpus", () => {
  const golden = JSON.parse(
    readFileSync(new URL("../../../../../test/unit/dialects/builtin/dense-golden/golden.json", import.meta.url), "utf8"),
  ) as { mlirOpt: string; cases: [string, string | ErrorRecord][] };

  test(`${golden.cases.length} cases recorded with mlir-opt ${golden.mlirOpt}`, () => {
    const failures: string[] = [];
    for (const [input, expected] of golden.cases) {
      const got = run(input);
      if (JSON.stringify(got) !== JSON.stringify(expected)) {
        failures.push(`input:    ${input.slice(0, 400)}\nexpected: ${JSON.stringify(expected).slice(0, 600)}\ngot:      ${JSON.stringify(got).slice(0, 600)}`);
      }
    }
    assert.equal(failures.length, 0, `${failures.length} mismatches:\n\n${failures.slice(0, 10).join("\n\n")}`);
  });
});

const mlirOpt = process.env["MLIR_OPT"] ?? "/usr/lib/llvm-22/bin/mlir-opt";

describe("dense attributes against a live mlir-opt", { skip: existsSync(mlirOpt) ? false : `no ${mlirOpt}` }, () => {
  test("random literals print as mlir-opt prints them", () => {
    const chunks = randomCases(20240607, 300);
    const r = spawnSync(mlirOpt, ["--allow-unregistered-dialect", "--mlir-print-op-generic", "--split-input-file", "-"], {
      input: chunks.join("\n// -----\n") + "\n",
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    assert.equal(r.status, 0, r.stderr);
    const outputs = r.stdout.split("// -----\n");
    assert.equal(outputs.length, chunks.length);
    const failures: string[] = [];
    chunks.forEach((c, i) => {
      const got = run(c);
      if (got !== outputs[i]) failures.push(`input:    ${c}\nexpected: ${outputs[i]}\ngot:      ${JSON.stringify(got)}`);
    });
    assert.equal(failures.length, 0, `${failures.length} mismatches:\n\n${failures.slice(0, 10).join("\n\n")}`);
  });
});

/** Seeded random dense, array and sparse literals, all valid. */
function randomCases(seed: number, count: number): string[] {
  let s = seed;
  const rnd = (): number => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const ints: [string, number, boolean, boolean][] = [
    ["i1", 1, false, false], ["i4", 4, false, false], ["i8", 8, false, false], ["i16", 16, false, false],
    ["i32", 32, false, false], ["i48", 48, false, false], ["i64", 64, false, false], ["i80", 80, false, false],
    ["index", 64, true, false], ["ui8", 8, false, true], ["ui32", 32, false, true], ["ui64", 64, false, true],
    ["si8", 8, true, false], ["si32", 32, true, false], ["si64", 64, true, false],
  ];
  const floats = ["f16", "bf16", "f32", "f64", "f80", "f128", "f8E5M2", "f8E4M3FN", "f8E8M0FNU", "f4E2M1FN", "tf32"];
  const widths: Record<string, number> = { f16: 16, bf16: 16, f32: 32, f64: 64, f80: 80, f128: 128, f8E5M2: 8, f8E4M3FN: 8, f8E8M0FNU: 8, f4E2M1FN: 4, tf32: 19 };
  const bigRandom = (bits: number): bigint => {
    let v = 0n;
    for (let i = 0; i < bits; i += 16) v = (v << 16n) | BigInt(Math.floor(rnd() * 65536));
    return BigInt.asUintN(bits, v);
  };
  const intLiteral = (w: number, signed: boolean, unsigned: boolean): string => {
    if (w === 1 && !signed) return pick(["true", "false", "0", "1"]);
    const small = rnd() < 0.6;
    if (unsigned) return String(small ? BigInt(Math.floor(rnd() * 100)) : bigRandom(w));
    const v = small ? BigInt(Math.floor(rnd() * 200) - 100) : BigInt.asIntN(w, bigRandom(w));
    const lo = -(1n << BigInt(w - 1));
    const hi = signed ? (1n << BigInt(w - 1)) - 1n : (1n << BigInt(w)) - 1n;
    const c = v < lo ? lo : v > hi ? hi : v;
    return c < 0n && c === lo && w === 1 ? "-1" : String(c);
  };
  const floatLiteral = (t: string): string => {
    const r = rnd();
    if (r < 0.15) return "0x" + bigRandom(widths[t]!).toString(16).toUpperCase();
    const mantissa = (rnd() * 1000).toFixed(Math.floor(rnd() * 6));
    const lit = mantissa.includes(".") ? mantissa : mantissa + ".0";
    const exp = rnd() < 0.3 ? `e${Math.floor(rnd() * 60) - 30}` : "";
    return (rnd() < 0.3 ? "-" : "") + lit + exp;
  };
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const kind = rnd();
    const isFloat = rnd() < 0.45;
    const intType = pick(ints);
    const floatType = pick(floats);
    const elt = isFloat ? floatType : intType[0];
    const element = (): string => (isFloat ? floatLiteral(floatType) : intLiteral(intType[1], intType[2], intType[3]));
    if (kind < 0.15) {
      // array<>: whole-byte widths and i1.
      const it = pick(ints.filter(([name, w]) => w === 1 || (w % 8 === 0 && name !== "index")));
      const t = isFloat ? pick(["f16", "bf16", "f32", "f64", "f80", "f8E5M2"]) : it[0];
      const n = Math.floor(rnd() * 6);
      const e = (): string => (isFloat ? floatLiteral(t) : t === "i1" ? pick(["true", "false"]) : intLiteral(it[1], it[2], it[3]));
      out.push(op(n === 0 ? `array<${t}>` : `array<${t}: ${Array.from({ length: n }, e).join(", ")}>`));
      continue;
    }
    if (kind < 0.25) {
      // sparse<> with distinct coordinates in a 2-D shape.
      const d0 = 1 + Math.floor(rnd() * 5);
      const d1 = 1 + Math.floor(rnd() * 5);
      const coords: string[] = [];
      for (let i = 0; i < d0; i++) for (let j = 0; j < d1; j++) if (rnd() < 0.3) coords.push(`[${i}, ${j}]`);
      if (coords.length === 0) {
        out.push(op(`sparse<> : tensor<${d0}x${d1}x${elt}>`));
        continue;
      }
      out.push(op(`sparse<[${coords.join(", ")}], [${coords.map(element).join(", ")}]> : tensor<${d0}x${d1}x${elt}>`));
      continue;
    }
    const rank = Math.floor(rnd() * 4);
    const shape = Array.from({ length: rank }, () => Math.floor(rnd() * (rnd() < 0.1 ? 40 : 4)));
    const n = shape.reduce((a, b) => a * b, 1);
    const type = rank === 0 ? `tensor<${elt}>` : `tensor<${shape.join("x")}x${elt}>`;
    if (kind < 0.35 || n === 0) {
      out.push(op(n === 0 ? `dense<> : ${type}` : `dense<${element()}> : ${type}`));
      continue;
    }
    const nest = (d: number): string => (d === rank ? element() : `[${Array.from({ length: shape[d]! }, () => nest(d + 1)).join(", ")}]`);
    out.push(op(`dense<${rank === 0 ? element() : nest(0)}> : ${type}`));
  }
  return out;
}

describe("dense elements", () => {
  test("uniques equal attributes and stores all-equal elements as a splat", () => {
    const ctx = new Context();
    const a = attr(ctx, "dense<[1, 1, 1]> : tensor<3xi32>") as DenseIntOrFPElementsAttr;
    assert.ok(a instanceof DenseIntOrFPElementsAttr);
    assert.equal(a.isSplat, true);
    assert.equal(a, attr(ctx, "dense<1> : tensor<3xi32>"));
    assert.equal(a, attr(ctx, 'dense<"0x01000000"> : tensor<3xi32>'));
    assert.notEqual(a, attr(ctx, "dense<1> : tensor<3xi64>"));
    assert.equal(attr(ctx, "dense<[1, 2]> : tensor<2xi8>"), attr(ctx, 'dense<"0x0102"> : tensor<2xi8>'));
  });

  test("stores raw little-endian data, i1 bit-packed", () => {
    const ctx = new Context();
    const a = attr(ctx, "dense<[1, -2, 256]> : tensor<3xi16>") as DenseIntOrFPElementsAttr;
    assert.deepEqual([...a.data], [1, 0, 0xfe, 0xff, 0, 1]);
    assert.equal(a.rawElement(1), 0xfffen);
    const b = attr(ctx, "dense<[true, false, true, true, false, false, false, false, true]> : tensor<9xi1>") as DenseIntOrFPElementsAttr;
    assert.deepEqual([...b.data], [0x0d, 0x01]);
    const c = attr(ctx, "dense<[1.0, -2.0]> : tensor<2xf32>") as DenseIntOrFPElementsAttr;
    assert.deepEqual([...c.data], [0, 0, 0x80, 0x3f, 0, 0, 0, 0xc0]);
    const d = attr(ctx, "dense<[-1, 3]> : tensor<2xi3>") as DenseIntOrFPElementsAttr;
    assert.deepEqual([...d.data], [7, 3], "values are masked to the type's width");
  });

  test("follows MLIR's byte rule for i1 splats", () => {
    const ctx = new Context();
    const splat = (t: string): boolean => (attr(ctx, t) as DenseIntOrFPElementsAttr).isSplat;
    assert.equal(splat('dense<"0x07"> : tensor<3xi1>'), true);
    assert.equal(splat('dense<"0x0F"> : tensor<3xi1>'), false, "padding bits set");
    assert.equal(splat('dense<"0x08"> : tensor<3xi1>'), false, "padding bits set");
    assert.equal(splat('dense<"0x02"> : tensor<1xi1>'), true);
    assert.equal(roundTrip('dense<"0x02"> : tensor<1xi1>'), "dense<true> : tensor<1xi1>");
  });

  test("string elements", () => {
    const ctx = new Context({ allowUnregisteredDialects: true });
    const a = attr(ctx, 'dense<["a", "b\\00"]> : tensor<2x!t.s>') as DenseStringElementsAttr;
    assert.ok(a instanceof DenseStringElementsAttr);
    assert.deepEqual(a.values, ["a", "b\0"]);
    assert.equal(printAttribute(a), 'dense<["a", "b\\00"]> : tensor<2x!t.s>');
  });

  test("large constants print as hex and parse back to the same attribute", () => {
    const ctx = new Context();
    const n = 1024 * 1024;
    let hex = "";
    const digits = "0123456789ABCDEF";
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const b = (Math.imul(i, 2654435761) >>> 24) & 255;
      parts.push(digits[b >> 4]! + digits[b & 15]!);
    }
    hex = parts.join("");
    const text = `dense<"0x${hex}"> : tensor<1024x1024xi8>`;
    const a = attr(ctx, text) as DenseIntOrFPElementsAttr;
    assert.equal(a.data.length, n);
    assert.equal(a.data[1], (Math.imul(1, 2654435761) >>> 24) & 255);
    assert.equal(printAttribute(a), text);
    assert.equal(roundTrip("dense<[" + Array.from({ length: 101 }, (_, i) => i).join(", ") + "]> : tensor<101xi8>").slice(0, 16), 'dense<"0x0001020');
  });

  test("errors point where mlir-opt points", () => {
    const ctx = new Context({ allowUnregisteredDialects: true });
    const error = (t: string): string => {
      try {
        parseSourceString(ctx, op(t));
      } catch (e) {
        if (e instanceof ParseError) return `${(e.diagnostic.location as FileLineColLoc).column}: ${e.diagnostic.message}`;
        throw e;
      }
      return "no error";
    };
    assert.equal(error("dense<[1, [2]]> : tensor<2xi32>"), "28: tensor literal is invalid; ranks are not consistent between elements");
    assert.equal(error("dense<[1, 2]> : tensor<3xi32>"), "15: inferred shape of elements literal ([2]) does not match type ([3])");
    assert.equal(error("dense<300> : tensor<2xi8>"), "21: integer constant out of range for type");
    assert.equal(error('dense<"0x0102"> : tensor<3xi8>'), "15: elements hex data size is invalid for provided type: 'tensor<3xi8>'");
    assert.equal(error("array<i1: 1>"), "26: expected 'true' or 'false' values for i1 type");
    assert.equal(error("sparse<[[0, 2]], [5]> : tensor<2x2xi32>"), "15: sparse index #0 is not contained within the value shape, with index=[0, 2], and type='tensor<2x2xi32>'");
  });
});

describe("dense arrays and sparse elements", () => {
  test("array<> stores one little-endian element after another", () => {
    const ctx = new Context();
    const a = attr(ctx, "array<i16: 1, -1>") as DenseArrayAttr;
    assert.ok(a instanceof DenseArrayAttr);
    assert.equal(a.size, 2);
    assert.deepEqual([...a.data], [1, 0, 0xff, 0xff]);
    assert.deepEqual([...(attr(ctx, "array<i1: true, false>") as DenseArrayAttr).data], [1, 0]);
    assert.equal(attr(ctx, "array<i16: 1, -1>"), a);
    assert.equal(roundTrip("array<f32: 1.5, -0.0>"), "array<f32: 1.500000e+00, -0.000000e+00>");
  });

  test("sparse<> keeps i64 indices and values", () => {
    const ctx = new Context();
    const a = attr(ctx, "sparse<[[0, 1], [1, 0]], [5, 6]> : tensor<2x2xi32>") as SparseElementsAttr;
    assert.ok(a instanceof SparseElementsAttr);
    const i64 = IntegerType.get(ctx, 64);
    assert.equal(a.indices.type, RankedTensorType.get(ctx, [2, 2], i64));
    assert.equal(a.indices.rawElement(1), 1n);
    assert.equal(printAttribute(a.values), "dense<[5, 6]> : tensor<2xi32>");
    const empty = attr(ctx, "sparse<> : tensor<3x4xf32>") as SparseElementsAttr;
    assert.equal(empty.indices.type, RankedTensorType.get(ctx, [0, 2], i64));
  });
});

describe("resources", () => {
  test("blobs attach to handles used before the section", () => {
    const ctx = new Context({ allowUnregisteredDialects: true });
    const m = parseSourceString(ctx, op("dense_resource<k> : tensor<2xi16>") + '\n{-# dialect_resources: { builtin: { k: "0x020000000100FFFF", other: "0x0100000005" } } #-}');
    const h = DenseResourceHandle.lookup(ctx, "k")!;
    assert.deepEqual(h.blob, { alignment: 2, data: Uint8Array.of(1, 0, 0xff, 0xff) });
    assert.deepEqual(DenseResourceHandle.lookup(ctx, "other")?.blob?.data, Uint8Array.of(5), "unused entries are kept");
    assert.match(printOperation(m), /k: "0x020000000100FFFF"/);
    assert.doesNotMatch(printOperation(m), /other/);
  });

  test("a second file's keys do not mix with the first's", () => {
    const ctx = new Context({ allowUnregisteredDialects: true });
    const text = op("dense_resource<k> : tensor<1xi8>") + '\n{-# dialect_resources: { builtin: { k: "0x0100000007" } } #-}';
    parseSourceString(ctx, text);
    const m2 = parseSourceString(ctx, text.replace("07", "09"));
    assert.deepEqual(DenseResourceHandle.lookup(ctx, "k")?.blob?.data, Uint8Array.of(7));
    assert.deepEqual(DenseResourceHandle.lookup(ctx, "k_1")?.blob?.data, Uint8Array.of(9));
    assert.match(printOperation(m2), /dense_resource<k_1>/);
    const a = attr(ctx, "dense_resource<fresh> : tensor<2xi32>");
    assert.ok(a instanceof DenseResourceElementsAttr);
    assert.equal(a.handle.blob, null);
  });

  test("external resources are kept verbatim", () => {
    const ctx = new Context();
    parseSourceString(ctx, '{-# external_resources: { tool: { flag: true, name: "x\\0Ay", data: "0x04000000AABB" } } #-}');
    assert.deepEqual(ctx.externalResources.get("tool"), new Map<string, unknown>([
      ["flag", { kind: "bool", value: true }],
      ["name", { kind: "string", value: "x\ny" }],
      ["data", { kind: "blob", alignment: 4, data: Uint8Array.of(0xaa, 0xbb) }],
    ]));
  });
});
