import type { Attribute, TypeAttribute } from "../ir/attribute.js";
import { OpTrait } from "../ir/op-definition.js";
import type { Operation } from "../ir/operation.js";
import { setOperationFormatter } from "../ir/diagnostic.js";
import type { ResourceValue } from "../ir/resources.js";
import type { DenseResourceHandle } from "../dialects/builtin/attributes/dense-resource-attr.js";
import { collectAliases, mayHaveAliases, noAliases } from "./alias-state.js";
import { escapeBytes, keywordOrString, toHex } from "./escape.js";
import { OperationPrinter, type PrintFlags } from "./operation-printer.js";
import { Output } from "./output.js";
import { SSANameState } from "./ssa-names.js";

/** Options of {@link printOperation}. */
export interface PrintOptions {
  /** Generic form for every operation (`--mlir-print-op-generic`). */
  generic?: boolean;
  /** Print locations (`--mlir-print-debuginfo`). */
  debugInfo?: boolean;
  /**
   * Number values from the nearest isolated-from-above ancestor instead of
   * the root, and print no aliases or file metadata (MLIR's local scope,
   * used for operations inside diagnostics).
   */
  localScope?: boolean;
  /** Print elements attributes with more elements as `dense_resource<__elided__>`. */
  elideElementsAttrsIfLarger?: number;
  /** Print dense elements with more elements than this in hex (default 100; -1: never). */
  printElementsAttrsWithHexIfLarger?: number;
  /**
   * Expected size of the output in bytes (a tool passes the input's size),
   * so the output buffer is allocated once instead of regrown. Only a hint.
   */
  sizeHint?: number;
}

/** The output buffer for `options`: small (it doubles as needed), or the size hint with some room. */
function newOutput(options: PrintOptions): Output {
  const hint = options.sizeHint;
  return hint !== undefined && hint > 1 << 12 ? new Output(Math.ceil(hint * 1.25)) : new Output();
}

/**
 * Prints `op` in MLIR's textual format.
 *
 * For a top-level operation (no parent) this is the whole file: attribute
 * and type aliases that must precede their uses, the operation, deferred
 * location aliases, and the `{-# ... #-}` resource section. Value numbering
 * starts at the root of `op`'s tree (or, with `localScope`, at the nearest
 * isolated-from-above ancestor), so a nested operation prints with the names
 * it has in the whole module.
 */
export function printOperation(op: Operation, options: PrintOptions = {}): string {
  const flags: PrintFlags = { generic: !!options.generic, debugInfo: !!options.debugInfo };
  const out = newOutput(options);
  const localScope = !!options.localScope;
  const root = numberingRoot(op, localScope);
  const names = new SSANameState(root, flags.generic);
  if (op.parent !== null || localScope) {
    const p = new OperationPrinter(out, names, flags, null);
    if (options.elideElementsAttrsIfLarger !== undefined) p.attrs.elideElementsAbove = options.elideElementsAttrsIfLarger;
    if (options.printElementsAttrsWithHexIfLarger !== undefined) p.attrs.hexElementsAbove = options.printElementsAttrsWithHexIfLarger;
    p.printOperation(op);
    return out.toString();
  }
  return printTopLevel(op, out, names, flags, options).toString();
}

/**
 * Like {@link printOperation}, but returns UTF-8 bytes (what a tool writes
 * out), skipping the decode to a JS string. @throws RangeError when the
 * output does not fit in one typed array (4 GiB in Node 20): use
 * {@link printOperationChunks} for output that may be that large.
 */
export function printOperationBytes(op: Operation, options: PrintOptions = {}): Uint8Array {
  return printToOutput(op, options).bytes();
}

/**
 * Like {@link printOperationBytes}, but returns the UTF-8 bytes as a list
 * of arrays to write out in order, so output of any size can be printed
 * (one array, not copied, unless it exceeds 1 GiB).
 */
export function printOperationChunks(op: Operation, options: PrintOptions = {}): Uint8Array[] {
  return printToOutput(op, options).chunks();
}

function printToOutput(op: Operation, options: PrintOptions): Output {
  const flags: PrintFlags = { generic: !!options.generic, debugInfo: !!options.debugInfo };
  const out = newOutput(options);
  if (op.parent !== null || options.localScope) {
    const p = new OperationPrinter(out, new SSANameState(numberingRoot(op, !!options.localScope), flags.generic), flags, null);
    p.printOperation(op);
    return out;
  }
  return printTopLevel(op, out, new SSANameState(op, flags.generic), flags, options);
}

function printTopLevel(op: Operation, out: Output, names: SSANameState, flags: PrintFlags, options: PrintOptions): Output {
  // Collecting replays every custom printer: skipped when nothing printed can have an alias.
  const aliases = mayHaveAliases(op, flags) ? collectAliases(op, flags) : noAliases();
  const p = new OperationPrinter(out, names, flags, aliases.names.size > 0 ? aliases.names : null);
  if (options.elideElementsAttrsIfLarger !== undefined) p.attrs.elideElementsAbove = options.elideElementsAttrsIfLarger;
  if (options.printElementsAttrsWithHexIfLarger !== undefined) p.attrs.hexElementsAbove = options.printElementsAttrsWithHexIfLarger;
  printAliasDefinitions(p, aliases.nonDeferred, aliases.names);
  p.printOperation(op);
  out.write("\n");
  printAliasDefinitions(p, aliases.deferred, aliases.names);
  printFileMetadata(out, p.attrs.resources, op.context.externalResources);
  return out;
}

function numberingRoot(op: Operation, localScope: boolean): Operation {
  let cur = op;
  for (;;) {
    if (localScope && cur.name.hasTrait(OpTrait.IsolatedFromAbove)) return cur;
    const parent = cur.parentOp;
    if (parent === null) return cur;
    cur = parent;
  }
}

function printAliasDefinitions(p: OperationPrinter, list: readonly Attribute[], names: Map<Attribute, string>): void {
  for (const a of list) {
    p.out.write(names.get(a)! + " = ");
    if (a.isType) p.attrs.typeImpl(a as TypeAttribute);
    else p.attrs.attributeImpl(a);
    p.out.write("\n");
  }
}

/** The `{-# dialect_resources: ..., external_resources: ... #-}` section, if any. */
function printFileMetadata(out: Output, handles: ReadonlySet<DenseResourceHandle>, external: Map<string, Map<string, ResourceValue>>): void {
  const sections: string[] = [];
  const builtin: string[] = [];
  for (const h of handles) {
    if (h.blob === null) continue;
    builtin.push(`      ${keywordOrString(h.key)}: ` + blobText(h.blob.alignment, h.blob.data));
  }
  if (builtin.length > 0) sections.push("  dialect_resources: {\n    builtin: {\n" + builtin.join(",\n") + "\n    }\n  }");
  const groups: string[] = [];
  for (const [name, entries] of external) {
    const lines: string[] = [];
    for (const [key, v] of entries) lines.push(`      ${keywordOrString(key)}: ` + resourceValueText(v));
    if (lines.length > 0) groups.push(`    ${name}: {\n` + lines.join(",\n") + "\n    }");
  }
  if (groups.length > 0) sections.push("  external_resources: {\n" + groups.join(",\n") + "\n  }");
  if (sections.length === 0) return;
  out.write("\n{-#\n" + sections.join(",\n") + "\n#-}\n");
}

function blobText(alignment: number, data: Uint8Array): string {
  const a = new Uint8Array(4);
  new DataView(a.buffer).setUint32(0, alignment, true);
  return '"0x' + toHex(a) + toHex(data) + '"';
}

function resourceValueText(v: ResourceValue): string {
  switch (v.kind) {
    case "bool":
      return v.value ? "true" : "false";
    case "string":
      return '"' + escapeBytes(v.value) + '"';
    case "blob":
      return blobText(v.alignment, v.data);
  }
}

// Operations quoted in diagnostics print like MLIR's: generic form, local
// scope, large elements elided, and what the context's flags add.
setOperationFormatter((op) => {
  const f = op.context.diagnosticPrintFlags;
  return printOperation(op, {
    generic: true,
    localScope: true,
    elideElementsAttrsIfLarger: 16,
    debugInfo: f.debugInfo,
    printElementsAttrsWithHexIfLarger: f.printElementsAttrsWithHexIfLarger,
  });
});
