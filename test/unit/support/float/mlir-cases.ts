/**
 * Test-data helpers for the float module: a deterministic generator of
 * float literals worth checking, and a runner that asks `mlir-opt` how it
 * prints them. Used by `gen-golden.ts` (which records `golden.json`) and by
 * the live comparison test; not a test file itself.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import {
  allFloatSemantics,
  fromNumberBits,
  FloatSemantics,
  formatHex,
  largestBits,
  toNumber,
} from "../../../../src/support/float/index.js";

/** The `mlir-opt` to compare against (`MLIR_OPT` overrides). */
export const mlirOptPath = process.env["MLIR_OPT"] ?? "/usr/lib/llvm-22/bin/mlir-opt";

/** True if {@link mlirOptPath} exists. */
export function haveMlirOpt(): boolean {
  return existsSync(mlirOptPath);
}

/**
 * One literal of one type. `lit` is the attribute text before ` : type`:
 * a decimal float (maybe with `-`) or a hex integer. With `dense`, the
 * literal is wrapped as `dense<lit> : tensor<type>`.
 */
export interface FloatCase {
  type: string;
  lit: string;
  dense: boolean;
}

/** A small seeded PRNG (mulberry32), so generated data is reproducible. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A uniform 32-bit unsigned integer. */
  u32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A uniform integer in `[lo, hi]`. */
  int(lo: number, hi: number): number {
    return lo + Math.floor((this.u32() / 2 ** 32) * (hi - lo + 1));
  }

  /** A uniform `bits`-bit unsigned bigint. */
  bits(bits: number): bigint {
    let x = 0n;
    for (let i = 0; i < bits; i += 32) x = (x << 32n) | BigInt(this.u32());
    return x & ((1n << BigInt(bits)) - 1n);
  }

  /** One element of `xs`. */
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(0, xs.length - 1)]!;
  }
}

/** An MLIR float literal for the double `x` (shortest round-trip digits). */
export function literalOf(x: number): string {
  if (x === Infinity) return "1.0e400";
  if (x === -Infinity) return "-1.0e400";
  if (x === 0) return 1 / x < 0 ? "-0.0" : "0.0";
  const s = x.toExponential();
  const e = s.indexOf("e");
  let mantissa = s.slice(0, e);
  if (!mantissa.includes(".")) mantissa += ".0";
  return mantissa + "e" + s.slice(e + 1);
}

/** The next double above `x` (finite `x`). */
function nextUp(x: number): number {
  if (!Number.isFinite(x)) return x;
  if (x === 0) return 5e-324;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  view.setBigUint64(0, x > 0 ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}

function nextDown(x: number): number {
  return -nextUp(-x);
}

/** Representative values of `sem` as doubles (positive, finite). */
function samplesOf(sem: FloatSemantics, rng: Random, count: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const bits = rng.bits(sem.width) & ~sem.signMask;
    const v = toNumber(sem, bits);
    if (Number.isFinite(v) && v > 0) out.push(v);
  }
  return out;
}

/** The decimal literals to try for `sem`. */
function decimalCases(sem: FloatSemantics, rng: Random, scale: number): number[] {
  const xs: number[] = [];
  const wide = sem.precision > 53;
  const maxExp = wide ? 1023 : sem.maxExponent;
  const minExp = wide ? -1074 : sem.minExponent - sem.precision;
  // Typical literals: a few digits, moderate exponents.
  for (let i = 0; i < 30 * scale; i++) {
    const digits = rng.int(1, 9) === 1 ? rng.int(1, 9) : rng.int(1, 99999999);
    const e10 = rng.int(-12, 12);
    xs.push(Number(`${digits}e${e10}`));
  }
  // Doubles spread over (and a little beyond) the format's range.
  for (let i = 0; i < 30 * scale; i++) {
    const e = rng.int(minExp - 3, maxExp + 2);
    const m = 1 + rng.u32() / 2 ** 32 + rng.u32() / 2 ** 64;
    xs.push(m * 2 ** e);
  }
  // Powers of two and ten across the range.
  for (let i = 0; i < 8 * scale; i++) xs.push(2 ** rng.int(Math.max(minExp - 2, -1074), Math.min(maxExp + 1, 1023)));
  for (let i = 0; i < 8 * scale; i++) {
    const e10 = rng.int(Math.floor((minExp - 2) * 0.30103), Math.ceil((maxExp + 1) * 0.30103));
    xs.push(Number(`1e${e10}`));
  }
  if (!wide) {
    // Exact values, midpoints between neighbours, and the doubles around them.
    for (const v of samplesOf(sem, rng, 20 * scale)) {
      const bits = fromNumberBits(sem, v);
      const next = toNumber(sem, bits + 1n);
      xs.push(v);
      if (Number.isFinite(next) && next > v) {
        const mid = (v + next) / 2;
        xs.push(mid, nextUp(mid), nextDown(mid));
      }
    }
    // Range ends: the largest value and the overflow boundary, the
    // smallest denormal and the underflow boundary.
    const max = toNumber(sem, largestBits(sem));
    const ulpAtMax = 2 ** (sem.maxExponent - sem.precision + 1);
    const minSub = 2 ** (sem.minExponent - sem.precision + 1);
    for (const v of [max, max + ulpAtMax / 2, max + ulpAtMax, max * 2, minSub, minSub / 2, minSub * 0.75, minSub * 1.5]) {
      xs.push(v, nextUp(v), nextDown(v));
    }
  } else {
    xs.push(5e-324, 1e-323, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1, 0.2, 0.3, 1 / 3);
  }
  xs.push(0, 1, 0.5, 0.1, Infinity);
  return xs.filter((x) => x === x);
}

/** Hex patterns to try: every pattern of narrow formats, random ones otherwise. */
function hexCases(sem: FloatSemantics, rng: Random, count: number): bigint[] {
  if (sem.width <= 8) {
    const all: bigint[] = [];
    for (let i = 0n; i <= sem.widthMask; i++) all.push(i);
    return all;
  }
  const out: bigint[] = [0n, sem.signMask, sem.widthMask, largestBits(sem), 1n, sem.signMask | 1n];
  for (let i = 0; i < count; i++) {
    switch (i % 4) {
      case 0:
        out.push(rng.bits(sem.width));
        break;
      default: {
        // Moderate magnitudes: exponent field near the bias.
        const frac = rng.bits(sem.fractionBits);
        const e = BigInt(Math.max(0, sem.bias + rng.int(-40, 40)));
        let bits = (e << BigInt(sem.fractionBits)) | frac;
        if (sem.explicitIntegerBit && i % 8 !== 1) bits |= 1n << 63n;
        if (rng.int(0, 1)) bits |= sem.signMask;
        out.push(bits & sem.widthMask);
      }
    }
  }
  return out;
}

/**
 * The generated cases: for every format, hex patterns and decimal literals;
 * `scale` multiplies the number of random cases.
 */
export function generateCases(seed: number, scale: number): FloatCase[] {
  const rng = new Random(seed);
  const cases: FloatCase[] = [];
  for (const sem of allFloatSemantics) {
    const type = sem.name;
    for (const bits of hexCases(sem, rng, sem.width > 8 ? 100 * scale : 0)) {
      cases.push({ type, lit: formatHex(sem, bits), dense: false });
    }
    const big = sem.width >= 32 ? 3 : 1;
    for (const x of decimalCases(sem, rng, scale * big)) {
      cases.push({ type, lit: literalOf(rng.int(0, 3) === 0 ? -x : x), dense: false });
    }
    // Dense elements store the storage pattern (loses f8E8M0FNU's sign and
    // the finite-only formats' infinities).
    for (const lit of ["-1.0", "-4.0", "4.0", "-0.0", "1.0e400", "-1.0e400", "0.1", "0x1", "1.0e-400", "-1.0e-400"]) {
      cases.push({ type, lit, dense: true });
    }
  }
  // Spellings the lexer accepts that JS Number must read the same way.
  for (const lit of ["1.", "1.e5", "00012.5", "1.5E+3", "1.5e-03", "0.000", "1.0e+0", "9.99999949999999e-1"]) {
    cases.push({ type: "f32", lit, dense: false });
  }
  // Long literals: ties between doubles spelled out exactly.
  for (const lit of [
    "9007199254740993.0",
    "9007199254740995.0",
    "1.00000000000000011102230246251565404236316680908203125",
    "1.00000000000000011102230246251565404236316680908203124",
    "2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-324",
  ]) {
    cases.push({ type: "f64", lit, dense: false });
  }
  return cases;
}

/** The attribute text of a case. */
function attrText(c: FloatCase): string {
  return c.dense ? `dense<${c.lit}> : tensor<${c.type}>` : `${c.lit} : ${c.type}`;
}

/**
 * Runs `mlir-opt` on one op per case and returns the printed value of each
 * (the text between `v = ` and ` : type`, or inside `dense<…>`).
 */
export function runMlirOpt(cases: readonly FloatCase[]): string[] {
  const input = cases.map((c) => `"test.op"() {v = ${attrText(c)}} : () -> ()\n`).join("");
  const result = spawnSync(mlirOptPath, ["--allow-unregistered-dialect", "--mlir-print-op-generic", "-"], {
    input,
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0) throw new Error(`mlir-opt failed: ${result.stderr}`);
  const out: string[] = [];
  for (const line of result.stdout.split("\n")) {
    const start = line.indexOf("{v = ");
    if (start < 0) continue;
    const body = line.slice(start + 5, line.lastIndexOf("}"));
    if (body.startsWith("dense<")) out.push(body.slice(6, body.lastIndexOf("> : tensor<")));
    else out.push(body.slice(0, body.lastIndexOf(" : ")));
  }
  if (out.length !== cases.length) throw new Error(`expected ${cases.length} results, got ${out.length}`);
  return out;
}

/** Runs `mlir-opt` on a case expected to fail; returns `error: …` (and `note: …`) text. */
export function mlirOptError(c: FloatCase): string {
  const input = `"test.op"() {v = ${attrText(c)}} : () -> ()\n`;
  const result = spawnSync(mlirOptPath, ["--allow-unregistered-dialect", "--mlir-print-op-generic", "-"], {
    input,
    encoding: "utf8",
  });
  if (result.status === 0) return "ok";
  const messages: string[] = [];
  for (const line of result.stderr.split("\n")) {
    const m = / (error|note): (.*)$/.exec(line);
    if (m) messages.push(`${m[1]}: ${m[2]}`);
  }
  return messages.join("\n");
}

/** Cases MLIR rejects. */
export const errorCases: readonly FloatCase[] = [
  { type: "f32", lit: "1", dense: false },
  { type: "f16", lit: "-0x7C00", dense: false },
  { type: "f16", lit: "0x1FFFF", dense: false },
  { type: "f16", lit: "0x7FC00000", dense: false },
  { type: "f64", lit: "0x10000000000000000", dense: false },
  { type: "f8E8M0FNU", lit: "0x100", dense: false },
  { type: "f4E2M1FN", lit: "0x10", dense: false },
  { type: "f80", lit: "0x1FFFFFFFFFFFFFFFFFFFF", dense: false },
];
