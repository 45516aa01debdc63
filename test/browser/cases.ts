/**
 * The parse/print cases that run both in Node and in headless Chromium (see
 * `test/unit/platform/browser.test.ts`): the same code over two builds of
 * tsdl, the compiled modules in Node and the esbuild bundle in the page.
 *
 * This module takes tsdl as an argument and imports nothing at run time
 * (`import type` is erased), so the page loads it as is next to the bundle.
 * It must stay platform-neutral, and its results plain data (strings,
 * numbers, null) that survive the trip out of the page.
 */

import type * as Tsdl from "../../src/index.js";

/** The tsdl API, from `dist/src/index.js` or the browser bundle. */
export type TsdlApi = typeof Tsdl;

/** One MLIR input, parsed with unregistered dialects allowed. */
export interface BrowserCase {
  /** Short name, shown in assertion messages. */
  readonly name: string;
  /** The MLIR text. */
  readonly source: string;
  /** The error the case must raise (`ParseError`, `VerifyError`), if any. */
  readonly expectError?: string;
}

/** What a case gave: the printed forms, or the parse/verify diagnostic. */
export interface CaseResult {
  name: string;
  /** Custom form (as `tsdl-opt` prints by default); null on error. */
  custom: string | null;
  /** Generic form (`--mlir-print-op-generic`); null on error. */
  generic: string | null;
  /** Custom form with locations (`--mlir-print-debuginfo`); null on error. */
  debugInfo: string | null;
  /** `printOperationBytes` of the custom form, as hex; null on error. */
  bytesHex: string | null;
  /** The generic form parsed again and printed in custom form; null on error. */
  roundTrip: string | null;
  /** The diagnostic of a `ParseError` or `VerifyError`, else null. */
  error: { kind: string; message: string; line: number; column: number; rendered: string } | null;
  /** Any other exception (a bug): its name and message, else null. */
  internal: string | null;
}

/** The inputs: each stresses a different part of the lexer, parser and printer. */
export const cases: readonly BrowserCase[] = [
  {
    name: "generic ops with regions, block args and successors",
    source: `"test.func"() ({
^entry(%a: i32, %b: i64, %c: i1):
  %r:2 = "test.pair"(%a, %b) {tag = "x", n = 7 : i16, u} : (i32, i64) -> (i32, i64)
  "test.cond_br"(%c, %r#0)[^then, ^else] : (i1, i32) -> ()
^then:
  "test.br"(%r#1)[^join] : (i64) -> ()
^else:
  "test.br"(%b)[^join] : (i64) -> ()
^join(%j: i64):
  "test.graph"() ({
    "test.use"(%later) : (f32) -> ()
    %later = "test.def"() : () -> f32
  }, {
  ^bb0(%x: index):
    "test.yield"(%x) : (index) -> ()
  }) : () -> ()
  "test.return"(%j) : (i64) -> ()
}) {sym_name = "f"} : () -> ()
`,
  },
  {
    name: "custom forms of builtin ops",
    source: `module @outer attributes {test.flag} {
  %0 = "test.src"() : () -> i32
  %1 = builtin.unrealized_conversion_cast %0 : i32 to i64
  %2:2 = builtin.unrealized_conversion_cast %0, %1 : i32, i64 to f32, f64
  module {
  }
}
`,
  },
  {
    name: "dense elements: hex blobs, splats, floats, complex, strings",
    source: `"test.dense"() {
  hex = dense<"0x0100000002000000030000000400000005000000FFFFFFFF"> : tensor<2x3xi32>,
  hexsplat = dense<"0x0000803F"> : tensor<4xf32>,
  f64 = dense<[[1.5, -0.0], [1.0e+300, 0x7FF0000000000000]]> : tensor<2x2xf64>,
  bf = dense<[0.1, 3.0]> : tensor<2xbf16>,
  f8 = dense<[0.5, 448.0]> : tensor<2xf8E4M3FN>,
  bools = dense<[true, false, true]> : tensor<3xi1>,
  big = dense<[18446744073709551615, 0]> : tensor<2xui64>,
  cplx = dense<[(1, 2), (3, -4)]> : tensor<2xcomplex<i8>>,
  strs = dense<["a", "\\0A\\FF", "é"]> : tensor<3x!test.str>,
  splat = dense<-7> : vector<2x[4]xi8>,
  arr = array<i64: 1, -2, 9223372036854775807>,
  floats = [1.0 : f32, 0.1 : f64, 3.40282347e+38 : f32, 0x7FC00001 : f32, 1.0e-45 : f32]
} : () -> ()
`,
  },
  {
    name: "affine maps, integer sets and layouts",
    source: `#map = affine_map<(d0, d1)[s0] -> (d0 + s0 * 2, d1 floordiv 4, (d0 mod 3) ceildiv 2)>
#set = affine_set<(d0)[s0] : (d0 - s0 >= 0, d0 - 10 == 0)>
"test.affine"() {
  m = #map,
  id = affine_map<(d0, d1) -> (d0, d1)>,
  empty = affine_map<() -> ()>,
  s = #set,
  t = memref<4x?xf32, affine_map<(d0, d1) -> (d1, d0)>, 3>,
  st = memref<8x8xi32, strided<[?, 1], offset: ?>>
} : () -> (memref<2x2xf32, #map>)
`,
  },
  {
    name: "locations with debuginfo",
    source: `#loc_file = loc("alias.mlir":10:20)
"test.region"() ({
^bb0(%a: i32 loc("arg.mlir":1:1), %b: i64 loc(#loc_file)):
  "test.nested"() : () -> () loc(callsite("callee.mlir":1:1 at "caller.mlir":2:2))
  "test.named"() : () -> () loc("name"("file.mlir":5:6))
  "test.fused"() : () -> () loc(fused<"meta">["a.mlir":1:1, "b.mlir":2:2 to 3:4])
  "test.unknown"() : () -> () loc(unknown)
}) : () -> () loc(#loc_file)
"test.implicit"() {l = loc("inattr":3:3)} : () -> ()
`,
  },
  {
    name: "resources and non-ASCII text",
    source: `"test.resources"() {
  r = dense_resource<blob1> : tensor<2xi32>,
  s = "héllo \\22wörld\\22 \u{1F600}",
  sym = @"sym with spaces"
} : () -> () loc("ünïcode.mlir":4:2)

{-#
  dialect_resources: {
    builtin: {
      blob1: "0x040000000100000002000000"
    }
  }
#-}
`,
  },
  {
    name: "parse error: undeclared value",
    expectError: "ParseError",
    source: `"test.a"() : () -> ()
"test.b"(%missing) : (i32) -> ()
`,
  },
  {
    name: "parse error: non-ASCII before the error column",
    expectError: "ParseError",
    source: `"test.a"() {s = "ééé"} : () -> (i32, i33 extra)
`,
  },
  {
    name: "parse error: lexer",
    expectError: "ParseError",
    source: `"test.a"() {x = 1 : i32} : () -> ()
  "test.b"() {y = "unterminated} : () -> ()
`,
  },
  {
    name: "verify error: symbol redefinition, with notes",
    expectError: "VerifyError",
    source: `module @a {
}
"test.between"() : () -> ()
module @a {
}
`,
  },
];

function hex(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += (bytes[i]! < 16 ? "0" : "") + bytes[i]!.toString(16);
  return s;
}

/** Runs every case against `tsdl`; never throws for a failing case. */
export function runCases(tsdl: TsdlApi): CaseResult[] {
  const results: CaseResult[] = [];
  for (const c of cases) {
    const r: CaseResult = {
      name: c.name,
      custom: null,
      generic: null,
      debugInfo: null,
      bytesHex: null,
      roundTrip: null,
      error: null,
      internal: null,
    };
    const filename = "case.mlir";
    const source = new tsdl.SourceFile(filename, c.source);
    try {
      const ctx = new tsdl.Context({ allowUnregisteredDialects: true });
      const module = tsdl.parseSourceFile(ctx, source);
      tsdl.verify(module);
      r.custom = tsdl.printOperation(module);
      r.generic = tsdl.printOperation(module, { generic: true });
      r.debugInfo = tsdl.printOperation(module, { debugInfo: true });
      r.bytesHex = hex(tsdl.printOperationBytes(module));
      const again = tsdl.parseSourceString(new tsdl.Context({ allowUnregisteredDialects: true }), r.generic);
      r.roundTrip = tsdl.printOperation(again);
    } catch (e) {
      if (e instanceof tsdl.DiagnosticError) {
        const d = e.diagnostic;
        const loc = d.location instanceof tsdl.FileLineColLoc ? d.location : null;
        r.error = {
          kind: e.name,
          message: d.message,
          line: loc === null ? -1 : loc.line,
          column: loc === null ? -1 : loc.column,
          rendered: tsdl.renderDiagnostic(d, [source], { printOp: true }),
        };
      } else {
        r.internal = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      }
    }
    results.push(r);
  }
  return results;
}
