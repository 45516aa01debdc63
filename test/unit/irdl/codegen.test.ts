/**
 * Generated code against the generic implementations: format parsers and
 * printers against the element interpreter, generated verifiers against
 * `verifyGeneric`. Every op test of every dialect, the differential corpus
 * and the invalid-input tests are read, verified and printed both ways, and
 * must give the same text or the same error at the same place.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, describe, test } from "node:test";
import { SourceFile } from "../../../src/diag/source-file.js";
import { allDialects, loadAllDialects } from "../../../src/dialects/all.js";
import { Context } from "../../../src/ir/context.js";
import { DiagnosticError } from "../../../src/ir/diagnostic.js";
import { verify } from "../../../src/ir/verify.js";
import { setCodegen } from "../../../src/irdl/codegen.js";
import { generateParser, generatePrinter } from "../../../src/irdl/format/codegen.js";
import type { FormatProgram } from "../../../src/irdl/format/program.js";
import { OpDef } from "../../../src/irdl/op-def.js";
import { generateVerifier } from "../../../src/irdl/verifier-codegen.js";
import { parseSourceFile } from "../../../src/parse/parse.js";
import { printAttribute } from "../../../src/print/attribute-printer.js";
import { printOperation } from "../../../src/print/print.js";

const root = fileURLToPath(new URL("../../../../", import.meta.url));

function defs(): OpDef[] {
  const out: OpDef[] = [];
  for (const d of allDialects) for (const op of d.ops.values()) if (op instanceof OpDef) out.push(op);
  return out;
}

function programs(): FormatProgram[] {
  return defs().flatMap((d) => (d.format === null ? [] : [d.format]));
}

/** Every definition runs generated code (`on`) or the generic code from now on. */
function useCodegen(on: boolean): void {
  setCodegen(on);
  for (const d of defs()) d.resetGenerated();
}

/** Inputs: each `// -----` chunk of the dialect tests, and each corpus file. */
function inputs(): [string, string][] {
  const out: [string, string][] = [];
  const dialects = join(root, "test", "filecheck", "dialects");
  for (const d of readdirSync(dialects).sort()) {
    for (const f of readdirSync(join(dialects, d)).filter((x) => x.endsWith(".mlir")).sort()) {
      const chunks = readFileSync(join(dialects, d, f), "utf8").split(/^\/\/ -----$/m);
      chunks.forEach((c, i) => out.push([`${d}/${f}#${i}`, c]));
    }
  }
  const corpus = join(root, "test", "differential", "corpus");
  for (const f of readdirSync(corpus).filter((x) => x.endsWith(".mlir")).sort()) out.push([f, readFileSync(join(corpus, f), "utf8")]);
  return out;
}

/** The printed module (custom and generic), or the first error and its location. */
function run(name: string, text: string): string {
  const ctx = loadAllDialects(new Context({ allowUnregisteredDialects: true }));
  try {
    const module = parseSourceFile(ctx, new SourceFile(name, text));
    verify(module);
    return printOperation(module, { debugInfo: true }) + printOperation(module, { generic: true });
  } catch (e) {
    if (!(e instanceof DiagnosticError)) throw e;
    const loc = e.diagnostic.location;
    return `error: ${e.diagnostic.message} at ${loc === null ? "?" : printAttribute(loc)}`;
  }
}

describe("generated code", () => {
  after(() => useCodegen(true));

  test("covers most formats (the rest use custom directives or whole-list types)", () => {
    useCodegen(true);
    const ps = programs();
    const generated = ps.filter((p) => generateParser(p) !== null).length;
    assert.ok(generated / ps.length > 0.8, `${generated} of ${ps.length} formats generated`);
    for (const p of ps) assert.notEqual(generatePrinter(p), null);
  });

  test("reads, verifies and prints every dialect test and corpus file as the generic code does", () => {
    const cases = inputs();
    assert.ok(cases.length > 500, `${cases.length} inputs`);
    useCodegen(false);
    const interpreted = cases.map(([n, t]) => run(n, t));
    useCodegen(true);
    const generated = cases.map(([n, t]) => run(n, t));
    let errors = 0;
    for (let i = 0; i < cases.length; i++) {
      assert.equal(generated[i], interpreted[i], cases[i]![0]);
      if (interpreted[i]!.startsWith("error: ")) errors++;
    }
    // Both outcomes are exercised.
    assert.ok(errors > 100 && errors < cases.length - 100, `${errors} errors`);
  });

  test("setCodegen(false) makes formats interpret and verifiers generic", () => {
    assert.equal(setCodegen(false), true);
    assert.equal(generateParser(programs()[0]!), null);
    assert.equal(generatePrinter(programs()[0]!), null);
    assert.equal(generateVerifier(defs()[0]!), null);
    setCodegen(true);
    assert.notEqual(generateVerifier(defs()[0]!), null);
  });
});
