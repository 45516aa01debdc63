import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { Context } from "../../../src/ir/context.js";
import { loadAllDialects } from "../../../src/dialects/all.js";
import { DiagnosticError } from "../../../src/ir/diagnostic.js";
import { verify } from "../../../src/ir/verify.js";
import { parseSourceString } from "../../../src/parse/parse.js";
import { printOperation } from "../../../src/print/print.js";
import { seededRandom } from "../../../bench/workloads/random.js";

/**
 * Robustness: randomly mutated inputs must either parse or fail with a
 * located diagnostic (never another exception, never a hang), and whatever
 * parses and verifies must print, re-parse and print again identically.
 */

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");

const seeds: string[] = [
  readFileSync(join(repo, "examples", "constant-folding.mlir"), "utf8"),
  readFileSync(join(repo, "examples", "loops.mlir"), "utf8"),
  `#map = affine_map<(d0, d1)[s0] -> (d0 + s0, d1 floordiv 2)>
#set = affine_set<(d0) : (d0 >= 0, d0 - 10 == 0)>
"foo.a"() {a = 1 : i32, b = 2.5 : f16, c = "s\\0A", d = [1, unit, @x::@y], e = #map, f = #set, g = dense<[[1, 2], [3, 4]]> : tensor<2x2xi8>, h = array<i64: 1, -2>, i = memref<4x?xf32, strided<[?, 1], offset: 3>, 1>, j = vector<[4]x8xbf16>, k = !foo.t<"x">, l = #foo.a<1>, m = loc("f":1:2), n = complex<f32>, o = tuple<i1, index>, p = sparse<[[0, 1]], [5]> : tensor<2x2xi32>, q = 0x7FC00000 : f32} : () -> ()
%0:2 = "foo.b"() : () -> (i32, i64)
"foo.c"(%0#1, %0#0) ({
^bb0(%x: i32 loc("a":1:1), %y: i64):
  "foo.br"(%x)[^bb1] : (i32) -> ()
^bb1:
  "foo.ret"() : () -> ()
}, {
}) {attr = distinct[0]<42 : i32>} : (i64, i32) -> ()
module @m attributes {foo.x} {
  %c = builtin.unrealized_conversion_cast %0#0 : i32 to i8
}
"foo.d"() : () -> () loc(#loc)
#loc = loc(fused<"meta">["a":1:2, callsite("x" at "y":3:4)])
`,
  `"foo.r"() ({
  %a = "foo.use"(%b) : (f32) -> f32
  %b = "foo.def"() : () -> f32
}) : () -> ()
"foo.t"() {v = dense<"0x0102030405060708"> : tensor<2xi32>, w = dense_resource<blob> : tensor<2xi32>} : () -> ()
{-#
  dialect_resources: {
    builtin: {
      blob: "0x040000000100000002000000"
    }
  }
#-}
`,
];


const alphabet = '%^#!@"(){}[]<>:,=-+*?.0123456789axdsi_ \n\\';

function mutate(text: string, r: () => number): string {
  const pos = Math.floor(r() * text.length);
  switch (Math.floor(r() * 5)) {
    case 0:
      return text.slice(0, pos) + text.slice(pos + 1);
    case 1:
      return text.slice(0, pos) + alphabet[Math.floor(r() * alphabet.length)] + text.slice(pos);
    case 2:
      return text.slice(0, pos) + alphabet[Math.floor(r() * alphabet.length)] + text.slice(pos + 1);
    case 3: {
      const len = Math.floor(r() * 12);
      return text.slice(0, pos) + text.slice(pos, pos + len) + text.slice(pos);
    }
    default:
      return text.slice(0, pos);
  }
}

/** Parses, verifies, prints and re-parses; throws only for robustness failures. */
/** Parses and verifies `input`: the module, or null for a diagnostic (any other exception propagates). */
function parseOrDiagnose(input: string): ReturnType<typeof parseSourceString> | null {
  try {
    const module = parseSourceString(loadAllDialects(new Context({ allowUnregisteredDialects: true })), input, { filename: "fuzz.mlir" });
    verify(module);
    return module;
  } catch (e) {
    if (e instanceof DiagnosticError) return null;
    throw e;
  }
}

function check(input: string): void {
  const module = parseOrDiagnose(input);
  if (module === null) return;
  for (const generic of [true, false]) {
    const printed = printOperation(module, { generic });
    let again;
    try {
      again = parseSourceString(loadAllDialects(new Context({ allowUnregisteredDialects: true })), printed, { filename: "printed.mlir" });
      verify(again);
    } catch (e) {
      throw new Error(`printed output does not parse back (${generic ? "generic" : "custom"}): ${(e as Error).message}\n--- printed ---\n${printed}`);
    }
    assert.equal(printOperation(again, { generic }), printed, "printing is not stable after a round trip");
  }
}

test("the seed inputs round-trip", () => {
  for (const s of seeds) check(s);
});

test("mutated inputs parse or fail with a diagnostic, and round-trip when valid", { timeout: 120_000 }, () => {
  const r = seededRandom(20261125);
  let n = 0;
  for (const seed of seeds) {
    for (let i = 0; i < 600; i++) {
      let text = seed;
      const edits = 1 + Math.floor(r() * 3);
      for (let k = 0; k < edits; k++) text = mutate(text, r);
      try {
        check(text);
      } catch (e) {
        assert.fail(`mutation #${n} failed: ${(e as Error).stack}\n--- input ---\n${text}`);
      }
      n++;
    }
  }
});

/**
 * Parses, verifies and prints in both forms; throws only for robustness
 * failures. (No round trip: the corpus has inputs that mlir-opt itself
 * prints in a custom form that does not read back, such as `math.powf` on
 * tensors of compatible but different shapes.)
 */
function checkNoCrash(input: string): void {
  const module = parseOrDiagnose(input);
  if (module === null) return;
  printOperation(module, { generic: true });
  printOperation(module, { generic: false });
}

test("mutated custom-syntax inputs of every dialect (the differential corpus) parse or fail with a diagnostic", { timeout: 120_000 }, () => {
  const r = seededRandom(20261126);
  const dir = join(repo, "test", "differential", "corpus");
  let n = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".mlir")).sort()) {
    const seed = readFileSync(join(dir, f), "utf8");
    for (let i = 0; i < 40; i++) {
      let text = seed;
      const edits = 1 + Math.floor(r() * 3);
      for (let k = 0; k < edits; k++) text = mutate(text, r);
      try {
        checkNoCrash(text);
      } catch (e) {
        assert.fail(`${f}, mutation ${i}: ${(e as Error).stack}\n--- input ---\n${text}`);
      }
      n++;
    }
  }
  assert.ok(n > 1000);
});
