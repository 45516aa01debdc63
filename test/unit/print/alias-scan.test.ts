/**
 * The quick alias scan (`mayHaveAliases`) lets printing skip alias
 * collection: it must never say "none" for a module whose collection finds
 * an alias. Checked on every corpus file and dialect test chunk, with and
 * without debug info.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import { SourceFile } from "../../../src/diag/source-file.js";
import { loadAllDialects } from "../../../src/dialects/all.js";
import { Context } from "../../../src/ir/context.js";
import { DiagnosticError } from "../../../src/ir/diagnostic.js";
import { verify } from "../../../src/ir/verify.js";
import { parseSourceFile } from "../../../src/parse/parse.js";
import { collectAliases, mayHaveAliases } from "../../../src/print/alias-state.js";

const root = fileURLToPath(new URL("../../../../", import.meta.url));

function inputs(): [string, string][] {
  const out: [string, string][] = [];
  const corpus = join(root, "test", "differential", "corpus");
  for (const f of readdirSync(corpus).filter((x) => x.endsWith(".mlir"))) out.push([f, readFileSync(join(corpus, f), "utf8")]);
  const dialects = join(root, "test", "filecheck", "dialects");
  for (const d of readdirSync(dialects)) {
    for (const f of readdirSync(join(dialects, d)).filter((x) => x.endsWith(".mlir"))) {
      readFileSync(join(dialects, d, f), "utf8")
        .split(/^\/\/ -----$/m)
        .forEach((c, i) => out.push([`${d}/${f}#${i}`, c]));
    }
  }
  return out;
}

test("the alias scan finds every module that has aliases", () => {
  let withAliases = 0;
  let without = 0;
  for (const [name, text] of inputs()) {
    const ctx = loadAllDialects(new Context({ allowUnregisteredDialects: true }));
    let module;
    try {
      module = parseSourceFile(ctx, new SourceFile(name, text));
      verify(module);
    } catch (e) {
      if (e instanceof DiagnosticError) continue;
      throw e;
    }
    for (const generic of [false, true]) {
      for (const debugInfo of [false, true]) {
        const options = { generic, debugInfo };
        const found = collectAliases(module, options).names.size > 0;
        if (found) withAliases++;
        else without++;
        if (found) assert.ok(mayHaveAliases(module, options), `${name} (generic ${generic}, debuginfo ${debugInfo})`);
      }
    }
  }
  // Both kinds of module are exercised.
  assert.ok(withAliases > 50 && without > 50, `${withAliases} with aliases, ${without} without`);
});

test("modules without aliasable attributes are recognised", () => {
  const ctx = loadAllDialects(new Context());
  const text = "func.func @f(%a: memref<?x16xf32>, %i: index) -> f32 {\n  %0 = memref.load %a[%i, %i] : memref<?x16xf32>\n  return %0 : f32\n}\n";
  const module = parseSourceFile(ctx, new SourceFile("f.mlir", text));
  assert.equal(mayHaveAliases(module, { generic: false, debugInfo: false }), false);
  // Locations are aliasable (`#loc`).
  assert.equal(mayHaveAliases(module, { generic: false, debugInfo: true }), true);
});
