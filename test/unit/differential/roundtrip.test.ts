/**
 * Round trips on the differential corpus, without mlir-opt: for every file,
 * custom form → generic form → custom form gives the same text (with and
 * without locations). Runs in process with every dialect loaded.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, test } from "node:test";
import { SourceFile } from "../../../src/diag/source-file.js";
import { loadAllDialects } from "../../../src/dialects/all.js";
import { Context } from "../../../src/ir/context.js";
import { verify } from "../../../src/ir/verify.js";
import { parseSourceFile } from "../../../src/parse/parse.js";
import { printOperation } from "../../../src/print/print.js";

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const corpusDir = join(root, "test", "differential", "corpus");

/** Parses `text` (named `name`) in a fresh context and prints it. */
function reprint(name: string, text: string, generic: boolean, debugInfo: boolean): string {
  const ctx = loadAllDialects(new Context({ allowUnregisteredDialects: true }));
  const module = parseSourceFile(ctx, new SourceFile(name, text));
  verify(module);
  return printOperation(module, { generic, debugInfo });
}

describe("corpus round trips", () => {
  for (const f of readdirSync(corpusDir).filter((x) => x.endsWith(".mlir")).sort()) {
    test(f, () => {
      const text = readFileSync(join(corpusDir, f), "utf8");
      for (const debugInfo of [false, true]) {
        const custom = reprint(f, text, false, debugInfo);
        const generic = reprint(f, text, true, debugInfo);
        assert.equal(reprint(f, generic, false, debugInfo), custom, `custom → generic → custom (debuginfo ${debugInfo})`);
      }
    });
  }
});
