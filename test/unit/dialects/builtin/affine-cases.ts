/**
 * The corpus of the affine map / integer set differential test, and the
 * code that asks `mlir-opt` how it prints each case. Shared by
 * `affine-gen-golden.ts` (which records `affine-golden.json`) and
 * `affine.test.ts` (which checks our parser and printer against the golden
 * data, and against a live `mlir-opt` when one is installed).
 *
 * A case is the text of one attribute, `affine_map<...>` or
 * `affine_set<...>`, placed in an op line (see {@link opLine}).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { seededRandom } from "../../../../bench/workloads/random.js";

/** The `mlir-opt` binary (`$MLIR_OPT` overrides). */
export const mlirOptPath = process.env["MLIR_OPT"] ?? "/usr/lib/llvm-22/bin/mlir-opt";

/** True if {@link mlirOptPath} exists. */
export function haveMlirOpt(): boolean {
  return existsSync(mlirOptPath);
}

/** The text before the attribute in a case's op line. */
export const opPrefix = '"test.op"() {m = ';
/** The text after the attribute. */
export const opSuffix = "} : () -> ()";

/** The op line (maybe several lines) that carries attribute `attr`. */
export function opLine(attr: string): string {
  return opPrefix + attr + opSuffix;
}

// ---- Hand-written cases -----------------------------------------------------

const MAX = "9223372036854775807";
const MIN = "(-9223372036854775807 - 1)";

/** Valid maps and sets chosen for the simplifier's and printer's corners. */
export const tricky: readonly string[] = [
  // Shapes of maps.
  "affine_map<() -> ()>",
  "affine_map<(d0) -> ()>",
  "affine_map<()[s0] -> ()>",
  "affine_map<(d0, d1)[s0, s1] -> ()>",
  "affine_map<() -> (0)>",
  "affine_map<() -> (42)>",
  "affine_map<(d0) -> (d0)>",
  "affine_map<(d0, d1) -> (d0, d1)>",
  "affine_map<(d0, d1) -> (d1, d0)>",
  "affine_map<(d0, d1)[s0] -> (d0, d1)>",
  "affine_map<(d0, d1) -> (d0)>",
  "affine_map<(d0)[s0] -> (s0)>",
  "affine_map<(d0)[] -> (d0)>",
  "affine_map<(d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11) -> (d11, d10, d0)>",
  // Names are positional.
  "affine_map<(i, j)[N] -> (i + j * N)>",
  "affine_map<(d1, d0) -> (d0, d1)>",
  "affine_map<(s0)[d0] -> (s0 + d0)>",
  "affine_map<(i32, f32)[index] -> (i32 + f32 * index)>",
  "affine_map<(mod)[floordiv] -> (mod mod 2 + mod floordiv floordiv)>",
  "affine_map<(x.y, _z$1) -> (x.y - _z$1)>",
  "affine_map<(d0)[s0] -> (0x10 + d0 * 0xff)>",
  // Sums: constants right, symbols right of dims, folding.
  "affine_map<(d0) -> (4 + d0)>",
  "affine_map<(d0)[s0] -> (s0 + d0)>",
  "affine_map<(d0)[s0] -> (s0 + 2 + d0)>",
  "affine_map<(d0) -> (d0 + 0)>",
  "affine_map<(d0) -> (d0 + 2 + 3)>",
  "affine_map<(d0, d1) -> (d0 + 2 + d1)>",
  "affine_map<(d0, d1) -> ((d0 + 2) + (d1 + 3))>",
  "affine_map<(d0) -> (d0 + d0)>",
  "affine_map<(d0) -> (d0 * 2 + d0 * 3)>",
  "affine_map<(d0) -> (d0 - d0)>",
  "affine_map<(d0) -> (d0 * 2 - d0 * 2)>",
  "affine_map<(d0, d1) -> (d0 - d1)>",
  "affine_map<(d0, d1) -> (d0 - d1 * 2)>",
  "affine_map<(d0, d1) -> (d0 - (d1 + 1))>",
  "affine_map<(d0, d1, d2) -> (d0 - (d1 + d2))>",
  "affine_map<(d0, d1, d2) -> (d0 - (d1 + d2) * 3)>",
  "affine_map<(d0, d1) -> (d0 - d1 mod 2)>",
  "affine_map<(d0, d1) -> (d0 - d1 floordiv 2)>",
  "affine_map<(d0, d1)[s0] -> (d0 - d1 * s0)>",
  "affine_map<(d0) -> (d0 - 1)>",
  "affine_map<(d0) -> (d0 + -1)>",
  "affine_map<(d0) -> (-1 + d0)>",
  "affine_map<(d0) -> (-d0)>",
  "affine_map<(d0) -> (-d0 + 1)>",
  "affine_map<(d0) -> (1 - d0)>",
  "affine_map<(d0) -> (-(d0 + 1))>",
  "affine_map<(d0) -> (-(-d0))>",
  "affine_map<(d0) -> (- - d0)>",
  "affine_map<(d0) -> (-d0 * 2)>",
  "affine_map<(d0) -> (-(d0 * 2))>",
  "affine_map<(d0) -> (-(d0 floordiv 2))>",
  "affine_map<(d0)[s0] -> (-s0)>",
  "affine_map<(d0)[s0] -> (-(s0 * d0))>",
  "affine_map<(d0, d1) -> (d0 + d1 * -1)>",
  "affine_map<(d0, d1) -> (d0 * -1 + d1)>",
  "affine_map<(d0, d1) -> (d0 + d1 * -5)>",
  "affine_map<(d0, d1) -> (-d0 - d1)>",
  "affine_map<(d0, d1) -> ((d0 - d1) - (d0 - d1))>",
  "affine_map<(d0, d1) -> ((d0 + d1) * 2 - (d0 + d1) * 2)>",
  // Products.
  "affine_map<(d0) -> (2 * d0)>",
  "affine_map<(d0) -> (d0 * 1)>",
  "affine_map<(d0) -> (d0 * 0)>",
  "affine_map<(d0) -> (0 * d0)>",
  "affine_map<(d0) -> (d0 * 2 * 3)>",
  "affine_map<(d0) -> (2 * (3 * d0))>",
  "affine_map<(d0)[s0] -> (d0 * s0)>",
  "affine_map<(d0)[s0] -> (s0 * d0)>",
  "affine_map<(d0)[s0] -> (d0 * 2 * s0)>",
  "affine_map<(d0)[s0] -> (s0 * s0 * d0)>",
  "affine_map<(d0)[s0, s1] -> (d0 * (s0 + s1))>",
  "affine_map<(d0)[s0, s1] -> ((s0 + s1) * d0)>",
  "affine_map<(d0, d1) -> ((d0 - d0) * d1)>",
  "affine_map<(d0)[s0] -> (d0 * (s0 * 2))>",
  "affine_map<(d0)[s0] -> ((d0 + 1) * s0)>",
  "affine_map<(d0)[s0] -> ((d0 + 1) * 3)>",
  "affine_map<(d0)[s0] -> (3 * 4)>",
  // Division and modulo.
  "affine_map<(d0) -> (d0 floordiv 1, d0 ceildiv 1, d0 mod 1)>",
  "affine_map<(d0) -> (d0 floordiv 2, d0 ceildiv 2, d0 mod 2)>",
  "affine_map<(d0) -> (7 floordiv 2, 7 ceildiv 2, 7 mod 2)>",
  "affine_map<(d0) -> (-7 floordiv 2, -7 ceildiv 2, -7 mod 2)>",
  "affine_map<(d0) -> (7 floordiv -2, 7 ceildiv -2, 7 mod -2)>",
  "affine_map<(d0) -> (-7 floordiv -2, -7 ceildiv -2, -7 mod -2)>",
  "affine_map<(d0) -> (d0 floordiv 0, d0 ceildiv 0, d0 mod 0, 5 floordiv 0, 5 mod 0)>",
  "affine_map<(d0) -> (d0 floordiv -1, d0 ceildiv -1, d0 mod -1)>",
  "affine_map<(d0) -> ((d0 * 4) floordiv 2, (d0 * 4) ceildiv 2, (d0 * 4) mod 2)>",
  "affine_map<(d0) -> ((d0 * 4) floordiv -2, (d0 * 3) ceildiv -3, (d0 * 4) mod -2)>",
  "affine_map<(d0) -> ((d0 * 6) floordiv 4, (d0 * 6) ceildiv 4, (d0 * 6) mod 4)>",
  "affine_map<(d0) -> ((d0 * 4 + 3) floordiv 2, (d0 * 4 + 3) ceildiv 2, (d0 * 4 + 3) mod 2)>",
  "affine_map<(d0) -> ((d0 * 4 + 8) floordiv -2)>",
  "affine_map<(d0) -> ((d0 + 4) mod 2, (d0 + 5) mod 2, (4 + d0 * 3) mod 4)>",
  "affine_map<(d0) -> ((d0 mod 6) mod 3, (d0 mod 6) mod 4, (d0 mod 6) mod 6)>",
  "affine_map<(d0) -> ((d0 floordiv 4) floordiv 2, (d0 ceildiv 4) ceildiv 2)>",
  "affine_map<(d0) -> ((d0 * 8) floordiv 4 floordiv 2)>",
  "affine_map<(d0) -> (((d0 * 8) mod 16) floordiv 4 mod 2)>",
  "affine_map<(d0) -> (((d0 * 8) mod 16) ceildiv 4 mod 2)>",
  "affine_map<(d0) -> (((d0 * 12) floordiv 4) mod 3, ((d0 * 12) ceildiv 4) mod 3)>",
  "affine_map<(d0)[s0] -> ((d0 * s0 * 4) mod 2)>",
  "affine_map<(d0)[s0] -> (d0 floordiv s0, d0 ceildiv s0, d0 mod s0)>",
  "affine_map<(d0)[s0] -> ((d0 * s0) floordiv s0, (d0 * s0) mod s0)>",
  "affine_map<(d0)[s0] -> (d0 floordiv (s0 * 2), d0 mod (s0 + 1))>",
  "affine_map<(d0)[s0] -> (4 floordiv s0, s0 floordiv 2)>",
  // e - (e floordiv q) * q is e mod q.
  "affine_map<(d0) -> (d0 - (d0 floordiv 4) * 4)>",
  "affine_map<(d0) -> (d0 - d0 floordiv 4 * 4)>",
  "affine_map<(d0) -> (d0 + (d0 floordiv 4) * -4)>",
  "affine_map<(d0)[s0] -> (d0 - (d0 floordiv s0) * s0)>",
  "affine_map<(d0, d1) -> (d0 - (d1 floordiv 4) * 4)>",
  "affine_map<(d0) -> (d0 - (d0 floordiv 4) * 3)>",
  // int64 corners: overflowing folds are kept, merged constants wrap.
  `affine_map<() -> (${MAX})>`,
  `affine_map<() -> (${MIN})>`,
  `affine_map<() -> (${MAX} + 1)>`,
  `affine_map<() -> (${MAX} * 2)>`,
  `affine_map<() -> (${MAX} * 2 * 3)>`,
  `affine_map<() -> (-${MIN})>`,
  `affine_map<(d0) -> (d0 + ${MAX} + 1)>`,
  `affine_map<(d0) -> (d0 * ${MAX} * 2)>`,
  `affine_map<(d0) -> (d0 * ${MAX} + d0)>`,
  `affine_map<(d0) -> (d0 - ${MIN})>`,
  `affine_map<(d0) -> (d0 - ${MAX} * 2)>`,
  `affine_map<(d0)[s0] -> (d0 + s0 * ${MIN})>`,
  `affine_map<(d0) -> (d0 * ${MIN} * -1)>`,
  `affine_map<(d0) -> ((d0 * ${MIN}) mod 3)>`,
  `affine_map<() -> (${MIN} floordiv 3, ${MIN} ceildiv 2, ${MIN} mod 7)>`,
  `affine_map<() -> (${MIN} floordiv -1, ${MIN} ceildiv -1)>`,
  `affine_map<(d0) -> ((d0 * ${MIN}) floordiv ${MIN})>`,
  // Sets.
  "affine_set<() : ()>",
  "affine_set<(d0)[s0] : ()>",
  "affine_set<() : (0 == 0)>",
  "affine_set<() : (1 == 0)>",
  "affine_set<(d0) : (1 == 0)>",
  "affine_set<(d0) : (d0 >= 0)>",
  "affine_set<(d0) : (d0 <= 5)>",
  "affine_set<(d0) : (d0 == 5)>",
  "affine_set<(d0) : (5 >= d0)>",
  "affine_set<(d0, d1)[s0] : (d0 - s0 >= 0, d0 == 0)>",
  "affine_set<(d0, d1)[s0] : (d0 + d1 >= s0, d1 <= s0 - 1, d0 == d1)>",
  "affine_set<(d0) : (d0 mod 2 == 0, d0 floordiv 2 >= 1)>",
  "affine_set<(d0) : (d0 > = 0)>",
  "affine_set<(d0) : (d0 >< = 0)>",
  "affine_set<(d0)[s0] : (-d0 >= -s0)>",
  "affine_set<(i, j)[N] : (i >= 0, N - i - 1 >= 0, j >= 0, N - j - 1 >= 0)>",
];

/** Invalid inputs; the recorded answer is `mlir-opt`'s first error. */
export const invalid: readonly string[] = [
  "affine_map<(d0) -> (d0 * d0)>",
  "affine_map<(d0, d1) -> (d0 floordiv d1)>",
  "affine_map<(d0, d1) -> (d0 ceildiv d1)>",
  "affine_map<(d0, d1) -> (d0 mod d1)>",
  "affine_map<(d0, d1) -> (d0 * d1 * 2)>",
  "affine_map<(d0, d1) -> (d0 * 2 * d1 * 3)>",
  "affine_map<(d0, d1) -> (d0 * 2 * d1 * d1)>",
  "affine_map<(d0, d1)[s0] -> (d0 * (d1 + s0))>",
  "affine_map<(d0)[s0] -> (d0 floordiv (s0 + d0))>",
  "affine_map<(d0)[s0] -> (-d0 * d0)>",
  "affine_map<(d0)[s0] -> (d0 * -d0)>",
  "affine_map<(d0)[s0] -> (d0 + d0 mod d0 floordiv 2)>",
  "affine_map<(floordiv) -> (floordiv floordiv floordiv)>",
  "affine_map<(d0) -> (d1)>",
  "affine_map<(d0) -> (s0)>",
  "affine_map<(d0, d0) -> (d0)>",
  "affine_map<(d0)[d0] -> (d0)>",
  "affine_map<()[s0, s0] -> (s0)>",
  "affine_map<(d0) -> ()",
  "affine_map<(d0) -> (d0 +)>",
  "affine_map<(d0) -> (d0 -)>",
  "affine_map<(d0) -> (+ d0)>",
  "affine_map<(d0) -> (* d0)>",
  "affine_map<(d0) -> (d0 * * 2)>",
  "affine_map<(d0) -> (d0 + * 2)>",
  "affine_map<(d0) -> (())>",
  "affine_map<(d0) -> ((d0)>",
  "affine_map<(d0) -> (-)>",
  "affine_map<(d0) -> (d0 + -)>",
  "affine_map<(d0) -> (9223372036854775808)>",
  "affine_map<(d0) -> (-9223372036854775808)>",
  "affine_map<(d0) -> (99999999999999999999999)>",
  "affine_map<(d0) -> (0xffffffffffffffff)>",
  "affine_map<(d0) -> (%x)>",
  "affine_map<(d0) -> (symbol(%x))>",
  "affine_map<(d0) -> (symbol)>",
  "affine_map<(symbol) -> (symbol)>",
  "affine_map<(d0) : (d0 >= 0)>",
  "affine_set<(d0) -> (d0)>",
  "affine_set<(d0) : (d0)>",
  "affine_set<(d0) : (d0 > 0)>",
  "affine_set<(d0) : (d0 = 0)>",
  "affine_set<(d0) : (d0 < 0)>",
  "affine_set<(d0) : (d0 == )>",
  "affine_set<(d0) : (d0 >= 0, )>",
  "affine_set<(d0) : d0 >= 0>",
  "affine_set<(d0) : (d0 >= 0>",
  "affine_set<(d0) : (d0 >= d0 * d0)>",
  "affine_map<(d0) (d0)>",
  "affine_map<(d0)>",
  "affine_map<d0 -> (d0)>",
  "affine_map<(d0 -> (d0)>",
  "affine_map<(d0,) -> (d0)>",
  "affine_map<(d0)[s0 -> (d0)>",
  "affine_map<(1) -> (d0)>",
  "affine_map<(d0)[1] -> (d0)>",
  "affine_map<() -> (1.5)>",
  "affine_map<(d0) -> (d0 floordiv)>",
  "affine_map<(d0) -> (d0 mod)>",
  "affine_map<(d0) -> (floordiv)>",
  "affine_map<(d0) -> (d0) foo>",
  "affine_map<(d0) -> (d0, )>",
  "affine_map<(d0) -> (d0 d0)>",
  "affine_map<(d0) -> d0>",
  "affine_map<(d0)[s0] -> (d0 + $)>",
  "affine_map<(d0)[s0] -> (d0 + @foo)>",
  "affine_map<(d0)[s0] -> (d0 +\n  )>",
  "affine_map<(d0)[s0] -> (d0\n  d0)>",
  "affine_map<(d0)[s0] -> (d0 + d0 * \n d0)>",
  "affine_map<(d0)[s0] ->\n (d0 + d1)>",
  "affine_map<(d0)[s0] // comment\n -> (d0 +\n // comment\n)>",
];

// ---- Random cases -------------------------------------------------------------


/** Generated text and its syntactic class. */
interface Gen {
  text: string;
  /** 0: operand (leaf, parenthesized, negated); 1: product; 2: sum. */
  level: number;
  /** Built only from symbols and constants (so valid as `*`/div operand). */
  symbolic: boolean;
}

const smallConsts = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "12", "16", "32", "64", "100", "128", "1000"];
const bigConsts = [MAX, "9223372036854775806", "4611686018427387904", "4294967296", "2147483647", "3037000499", "1000000007"];
const dimNames = ["i", "j", "k", "x", "y", "z"];
const symNames = ["N", "M", "K", "S", "T"];

/**
 * Makes a random expression generator. `big` allows int64-sized constants
 * (then no division by -1, which crashes MLIR 22 on `MIN / -1`).
 */
class ExprGen {
  constructor(
    readonly rnd: () => number,
    readonly dims: string[],
    readonly syms: string[],
    readonly big: boolean,
  ) {}

  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rnd() * xs.length)]!;
  }

  sp(): string {
    const r = this.rnd();
    return r < 0.85 ? " " : r < 0.95 ? "" : "  ";
  }

  constant(): string {
    if (this.big && this.rnd() < 0.3) return this.pick(bigConsts);
    if (this.rnd() < 0.15) return String(Math.floor(this.rnd() * 100000));
    return this.pick(smallConsts);
  }

  leaf(symbolic: boolean): Gen {
    const r = this.rnd();
    if (!symbolic && this.dims.length > 0 && r < 0.5) return { text: this.pick(this.dims), level: 0, symbolic: false };
    if (this.syms.length > 0 && r < 0.75) return { text: this.pick(this.syms), level: 0, symbolic: true };
    return { text: this.constant(), level: 0, symbolic: true };
  }

  /** Parenthesizes `g` when its level is above `max`. */
  wrap(g: Gen, max: number): string {
    if (g.level > max || (this.rnd() < 0.08 && g.level > 0)) return "(" + g.text + ")";
    return g.text;
  }

  /** A divisor: a small (maybe negative or zero) constant or a symbolic expression. */
  divisor(depth: number): Gen {
    const r = this.rnd();
    if (r < 0.6) {
      const c = this.pick(["2", "2", "3", "4", "4", "8", "16", "5", "7", "1", "64", "6"]);
      return { text: c, level: 0, symbolic: true };
    }
    if (r < 0.7) {
      // Zero and negative divisors are kept unsimplified (mod) or folded (div).
      return { text: this.pick(this.big ? ["0", "-2", "-4", "-3"] : ["0", "-1", "-2", "-4", "-3"]), level: 0, symbolic: true };
    }
    return this.expr(depth - 1, true);
  }

  /**
   * `[a +] x - (x floordiv q) * q`, in one of the spellings MLIR turns into
   * `x mod q` (or almost: a wrong q, a negative one, a sign flipped).
   */
  modPattern(depth: number, symbolic: boolean): Gen {
    const x = this.expr(depth - 1, symbolic);
    const qSym = this.syms.length > 0 && this.rnd() < 0.3;
    const q = qSym ? this.pick(this.syms) : this.pick(["2", "4", "8", "3", "16"]);
    const q2 = this.rnd() < 0.85 ? q : qSym ? this.pick(["2", this.pick(this.syms)]) : this.pick(["-" + q, "3", "4"]);
    const xs = this.wrap(x, 1);
    const r = this.rnd();
    let text: string;
    if (r < 0.4) text = `${x.text} - (${xs} floordiv ${q}) * ${q2}`;
    else if (r < 0.6) text = `${x.text} + (${xs} floordiv ${q}) * -${q2}`;
    else if (r < 0.8) text = `${xs} floordiv ${q} * -${q2} + ${this.wrap(x, 1)}`;
    else text = `${x.text} - ${q2} * (${xs} floordiv ${q})`;
    if (this.rnd() < 0.6) {
      const a = this.expr(depth - 1, symbolic);
      text = this.rnd() < 0.5 ? `${this.wrap(a, 2)} + ${text}` : `${text} + ${this.wrap(a, 1)}`;
      return { text, level: 2, symbolic: x.symbolic && a.symbolic };
    }
    return { text, level: 2, symbolic: x.symbolic };
  }

  expr(depth: number, symbolic: boolean): Gen {
    if (depth <= 0 || this.rnd() < 0.25) return this.leaf(symbolic);
    const r = this.rnd();
    if (r < 0.07) return this.modPattern(depth, symbolic);
    if (r < 0.3) {
      const a = this.expr(depth - 1, symbolic);
      const b = this.expr(depth - 1, symbolic);
      const op = this.rnd() < 0.6 ? "+" : "-";
      return { text: this.wrap(a, 2) + this.sp() + op + this.sp() + this.wrap(b, 1), level: 2, symbolic: a.symbolic && b.symbolic };
    }
    if (r < 0.55) {
      // One side symbolic or constant.
      const symLeft = this.rnd() < 0.4;
      const a = this.expr(depth - 1, symbolic || symLeft);
      const b = this.expr(depth - 1, symbolic || !a.symbolic);
      return { text: this.wrap(a, 1) + this.sp() + "*" + this.sp() + this.wrap(b, 0), level: 1, symbolic: a.symbolic && b.symbolic };
    }
    if (r < 0.8) {
      const op = this.pick(["floordiv", "ceildiv", "mod", "mod", "floordiv"]);
      const a = this.expr(depth - 1, symbolic);
      const b = this.divisor(depth);
      return { text: this.wrap(a, 1) + " " + op + " " + this.wrap(b, 0), level: 1, symbolic: a.symbolic && b.symbolic };
    }
    if (r < 0.92) {
      const a = this.expr(depth - 1, symbolic);
      return { text: "-" + this.wrap(a, 0), level: 0, symbolic: a.symbolic };
    }
    const a = this.expr(depth - 1, symbolic);
    return { text: "(" + a.text + ")", level: 0, symbolic: a.symbolic };
  }
}

/** Dim and symbol names: usually `dN`/`sN`, sometimes other names or out of order. */
function names(rnd: () => number, nd: number, ns: number): { dims: string[]; syms: string[] } {
  const style = rnd();
  const dims: string[] = [];
  const syms: string[] = [];
  for (let i = 0; i < nd; i++) dims.push(style < 0.15 ? dimNames[i]! : "d" + i);
  for (let i = 0; i < ns; i++) syms.push(style < 0.15 ? symNames[i]! : "s" + i);
  if (style > 0.9) {
    dims.reverse();
    syms.reverse();
  }
  return { dims, syms };
}

function idLists(dims: string[], syms: string[], rnd: () => number): string {
  let s = "(" + dims.join(", ") + ")";
  if (syms.length > 0 || rnd() < 0.05) s += "[" + syms.join(", ") + "]";
  return s;
}

/**
 * `count` random valid maps and sets from `seed`. Every `*` has an operand
 * that is syntactically symbolic or constant and every divisor is, so MLIR
 * accepts them all. `bigRate` is the share of cases with int64-sized
 * constants (where folds overflow and wrap).
 */
export function randomCases(seed: number, count: number, bigRate = 0.15): string[] {
  const rnd = seededRandom(seed);
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    const nd = Math.floor(rnd() * 5);
    const ns = Math.floor(rnd() * 4);
    const { dims, syms } = names(rnd, nd, ns);
    const g = new ExprGen(rnd, dims, syms, rnd() < bigRate);
    const depth = 1 + Math.floor(rnd() * 5);
    const head = idLists(dims, syms, rnd);
    if (rnd() < 0.8) {
      const nr = Math.floor(rnd() * 5);
      const results: string[] = [];
      for (let i = 0; i < nr; i++) results.push(g.expr(depth, false).text);
      out.push(`affine_map<${head} -> (${results.join(", ")})>`);
    } else {
      const nc = Math.floor(rnd() * 4);
      const cs: string[] = [];
      for (let i = 0; i < nc; i++) {
        const a = g.expr(depth - 1, false).text;
        const b = rnd() < 0.4 ? "0" : g.expr(depth - 1, false).text;
        cs.push(a + " " + g.pick([">=", "<=", "=="]) + " " + b);
      }
      out.push(`affine_set<${head} : (${cs.join(", ")})>`);
    }
  }
  return out;
}

// ---- Running mlir-opt ---------------------------------------------------------

/**
 * What `mlir-opt --mlir-print-op-generic` prints for each valid case: the
 * attribute text `affine_map<...>`/`affine_set<...>`, read from the alias
 * definitions it hoists to the top of the output. Throws if `mlir-opt`
 * fails.
 */
export function runMlirOpt(cases: readonly string[]): string[] {
  const input = cases.map(opLine).join("\n") + "\n";
  const result = spawnSync(mlirOptPath, ["--allow-unregistered-dialect", "--mlir-print-op-generic", "-"], {
    input,
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0) throw new Error(`mlir-opt failed: ${result.stderr}`);
  const aliases = new Map<string, string>();
  const out: string[] = [];
  for (const line of result.stdout.split("\n")) {
    const alias = /^(#\w+) = (.*)$/.exec(line);
    if (alias !== null) {
      aliases.set(alias[1]!, alias[2]!);
      continue;
    }
    const op = /^\s*"test\.op"\(\) \{m = (.*)\} : \(\) -> \(\)$/.exec(line);
    if (op === null) continue;
    const v = op[1]!;
    out.push(v.startsWith("#") ? aliases.get(v)! : v);
  }
  if (out.length !== cases.length) throw new Error(`expected ${cases.length} ops from mlir-opt, got ${out.length}`);
  return out;
}

/** `mlir-opt`'s first error for an invalid case (line relative to the case). */
export interface MlirError {
  line: number;
  column: number;
  message: string;
}

/**
 * Runs `mlir-opt --split-input-file` on the cases, one per chunk, and
 * returns each case's first error, or null when `mlir-opt` accepted it.
 */
export function mlirOptErrors(cases: readonly string[]): (MlirError | null)[] {
  const starts: number[] = [];
  let line = 1;
  const chunks: string[] = [];
  for (const c of cases) {
    starts.push(line);
    const text = opLine(c);
    chunks.push(text);
    line += text.split("\n").length + 1;
  }
  const result = spawnSync(mlirOptPath, ["--allow-unregistered-dialect", "--mlir-print-op-generic", "--split-input-file", "-"], {
    input: chunks.join("\n// -----\n") + "\n",
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  if (result.status === null) throw new Error(`mlir-opt crashed: ${result.stderr}`);
  const out: (MlirError | null)[] = cases.map(() => null);
  for (const m of result.stderr.matchAll(/^<stdin>:(\d+):(\d+): error: (.*)$/gm)) {
    const l = Number(m[1]);
    let i = starts.length - 1;
    while (starts[i]! > l) i--;
    if (out[i] === null) out[i] = { line: l - starts[i]! + 1, column: Number(m[2]), message: m[3]! };
  }
  return out;
}

/** Messages of the affine parser (and the attribute parser around it). */
export const affineMessages: ReadonlySet<string> = new Set([
  "non-affine expression: at least one of the multiply operands has to be either a constant or symbolic",
  "non-affine expression: right operand of floordiv has to be either a constant or symbolic",
  "non-affine expression: right operand of ceildiv has to be either a constant or symbolic",
  "non-affine expression: right operand of mod has to be either a constant or symbolic",
  "no expression inside parentheses",
  "expected ')'",
  "missing operand of negation",
  "expected bare identifier",
  "use of undeclared identifier",
  "unexpected ssa identifier",
  "expected '(' at start of SSA symbol",
  "constant too large for index",
  "missing right operand of binary operator",
  "missing left operand of binary operator",
  "expected affine expression",
  "expected '(' in dimensional identifier list",
  "expected ')' in dimensional identifier list",
  "expected ']' in symbol list",
  "expected '->' or ':'",
  "expected '(' in affine map range",
  "expected ')' in affine map range",
  "expected '== affine-expr' or '>= affine-expr' at end of affine constraint",
  "expected '(' in integer set constraint list",
  "expected ')' in integer set constraint list",
  "expected AffineMap, but got IntegerSet",
  "expected IntegerSet, but got AffineMap",
  "expected '>' in affine map",
  "expected '>' in integer set",
]);

const mutationTokens = [
  "+", "-", "*", "(", ")", "[", "]", ",", ":", "->", ">=", "<=", "==", ">", "=",
  "floordiv", "ceildiv", "mod", "d0", "d7", "s0", "q", "0", "3", "-2", "99999999999999999999", "%x", "symbol",
];

/**
 * `count` invalid-looking cases: random valid ones with one token of the
 * body deleted, duplicated or replaced, or a token inserted. Some stay
 * valid; {@link mlirOptErrors} tells.
 */
export function mutatedCases(seed: number, count: number): string[] {
  const rnd = seededRandom(seed ^ 0x5bd1e995);
  const base = randomCases(seed, count);
  const out: string[] = [];
  for (const c of base) {
    const open = c.indexOf("<") + 1;
    const body = c.slice(open, c.length - 1);
    const spans: [number, number][] = [];
    for (const m of body.matchAll(/->|>=|<=|==|[A-Za-z_][\w.$]*|\d+|\S/g)) spans.push([m.index, m.index + m[0].length]);
    if (spans.length === 0) continue;
    const [s, e] = spans[Math.floor(rnd() * spans.length)]!;
    const tok = mutationTokens[Math.floor(rnd() * mutationTokens.length)]!;
    const r = rnd();
    let mutated: string;
    if (r < 0.35) mutated = body.slice(0, s) + body.slice(e);
    else if (r < 0.5) mutated = body.slice(0, e) + " " + body.slice(s, e) + body.slice(e);
    else if (r < 0.75) mutated = body.slice(0, s) + tok + body.slice(e);
    else mutated = body.slice(0, s) + tok + " " + body.slice(s);
    out.push(c.slice(0, open) + mutated + ">");
  }
  return out;
}

/** Seed and size of the recorded random corpus. */
export const goldenSeed = 20250601;
export const goldenCount = 500;
/** Number of recorded mutated (mostly invalid) cases. */
export const goldenMutations = 300;
