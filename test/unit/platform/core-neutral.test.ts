/**
 * The core (everything under src/ but src/tools/, and src/index.ts) must run
 * in browsers as well as Node. Two checks: the TypeScript compiler
 * type-checks it through tsconfig.core.json against plain ES2022 with no
 * Node types, and a syntax-tree scan finds the Node-only constructs that
 * type-check anyway or hide behind `any` (`node:` imports, `require(`,
 * `process.`, `Buffer`, `import.meta`), naming file and line.
 */

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import ts from "typescript";

// This file compiles to dist/test/unit/platform/: the repo root is four up.
const root = fileURLToPath(new URL("../../../../", import.meta.url));
const toolsDir = join(root, "src", "tools") + sep;

/** Every core .ts file, absolute, sorted. */
function coreFiles(): string[] {
  const src = join(root, "src");
  return (readdirSync(src, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".ts"))
    .map((f) => join(src, f))
    .filter((f) => !f.startsWith(toolsDir))
    .sort();
}

test("tsconfig.core.json type-checks the core against plain ES2022", () => {
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const r = spawnSync(process.execPath, [tsc, "-p", "tsconfig.core.json", "--noEmit", "--listFiles"], {
    cwd: root,
    encoding: "utf8",
  });
  const lines = r.stdout.split("\n");
  const listed = new Set(lines.filter((l) => l.endsWith(".ts")).map((l) => resolve(l)));
  const errors = lines.filter((l) => !l.endsWith(".ts") || !listed.has(resolve(l))).join("\n").trim();
  // First the likeliest cause of a flood of errors in tools files.
  const tools = [...listed].filter((f) => f.startsWith(toolsDir));
  assert.deepEqual(tools.map((f) => relative(root, f)), [], "the core (src/index.ts?) imports src/tools");
  assert.ok(r.status === 0, `tsc -p tsconfig.core.json failed (status ${r.status}):\n${errors}${r.stderr}`);
  const missing = coreFiles().filter((f) => !listed.has(f));
  assert.deepEqual(missing.map((f) => relative(root, f)), [], "core files not checked by tsconfig.core.json");
});

/** The Node-only constructs in `text` (of `file`), as `path:line: what`. */
function nodeOnlyUses(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (node: ts.Node, what: string): void => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    found.push(`${relative(root, file)}:${line}: ${what}`);
  };
  const isNodeSpecifier = (e: ts.Node | undefined): boolean =>
    e !== undefined && ts.isStringLiteralLike(e) && e.text.startsWith("node:");
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && isNodeSpecifier(node.moduleSpecifier)) {
      report(node, `import from "${(node.moduleSpecifier as ts.StringLiteral).text}"`);
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isIdentifier(callee) && callee.text === "require") report(node, "require(...)");
      else if (callee.kind === ts.SyntaxKind.ImportKeyword && isNodeSpecifier(node.arguments[0])) {
        report(node, `import("${(node.arguments[0] as ts.StringLiteral).text}")`);
      }
    } else if (ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword) {
      report(node, "import.meta");
    } else if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const accessed =
        (ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === node;
      if (node.text === "process" && accessed) report(node, "process.");
      else if (node.text === "Buffer") report(node, "Buffer");
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

test("core sources use no Node-only API", () => {
  const files = coreFiles();
  assert.ok(files.some((f) => f.endsWith(join("src", "index.ts"))), "src/index.ts not found");
  const found = files.flatMap((f) => nodeOnlyUses(f, readFileSync(f, "utf8")));
  assert.deepEqual(found, [], `Node-only code in the core (move it to src/tools/):\n${found.join("\n")}`);
});

test("the scan finds each construct, in code only", () => {
  // A scan that finds nothing must still be able to: a sample with each
  // construct once, and look-alikes (comments, strings, ArrayBuffer) never.
  const sample = [
    'import { readFileSync } from "node:fs";',
    'export { join } from "node:path";',
    'const m = await import("node:os");',
    "const x = require(\"y\");",
    "const env = process.env;",
    "const b = Buffer.from([]);",
    "const u = import.meta.url;",
    "// process.exit() and Buffer in a comment, require(x) too",
    'const s = "process.env Buffer import.meta";',
    "const view = new DataView(new ArrayBuffer(8));",
    "function f(process: number[]) { return process.length; }",
  ].join("\n");
  const found = nodeOnlyUses(join(root, "sample.ts"), sample);
  assert.deepEqual(found, [
    'sample.ts:1: import from "node:fs"',
    'sample.ts:2: import from "node:path"',
    'sample.ts:3: import("node:os")',
    "sample.ts:4: require(...)",
    "sample.ts:5: process.",
    "sample.ts:6: Buffer",
    "sample.ts:7: import.meta",
    // A parameter named `process` is flagged too: rename it.
    "sample.ts:11: process.",
  ]);
});
