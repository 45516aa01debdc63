import { type Diagnostic, type DiagnosticPrintFlags, defaultDiagnosticPrintFlags } from "./diagnostic.js";
import type { Dialect } from "./dialect.js";
import { OperationName } from "./operation-name.js";
import type { ExternalResources } from "./resources.js";
import { Trie } from "./trie.js";
import { builtinDialect } from "../dialects/builtin/dialect.js";

export { newUniquingTable } from "./uniquing.js";

/** Options of a new {@link Context}. */
export interface ContextOptions {
  /** Accept operations, attributes and types of dialects that are not loaded. */
  allowUnregisteredDialects?: boolean;
  /** How operations print in diagnostics (default: without locations). */
  diagnosticPrintFlags?: DiagnosticPrintFlags;
}

/**
 * The context owns dialect registrations (the builtin dialect is always
 * loaded), interned operation names and the
 * uniquing tables of attributes and types (MLIR's `MLIRContext`).
 *
 * Uniquing: each attribute class owns one table slot (see
 * {@link newUniquingTable}) and looks up or inserts its instances there, so
 * equal attributes are one object and compare with `===`. Tables are plain
 * `Map`s keyed by primitives or by already-uniqued sub-attributes, so no
 * string keys need building in the common cases.
 */
export class Context {
  /** Whether operations of unloaded dialects are accepted. */
  allowUnregisteredDialects: boolean;
  /**
   * @internal True once an attribute that can be printed as an alias
   * (`#map`, `#set`, `#loc`, `#distinct`, `!tuple`) has been made in this
   * context: printing skips alias collection while it is false.
   */
  madeAliasable = false;
  /**
   * External resources read from parsed files (`external_resources`), which
   * no component claimed: kept so that printing writes them back.
   */
  readonly externalResources: ExternalResources = new Map();
  /** Receives non-fatal diagnostics (warnings, remarks); null drops them. */
  diagnosticHandler: ((d: Diagnostic) => void) | null = null;
  /**
   * How operations print in diagnostics made in this context: the "see
   * current operation" note and messages that quote an operation (MLIR's
   * command-line printing flags, `--mlir-print-debuginfo` among them).
   */
  diagnosticPrintFlags: DiagnosticPrintFlags;

  private readonly dialects = new Map<string, Dialect>();
  private readonly opNames = new Map<string, OperationName>();
  private readonly tables: unknown[] = [];

  constructor(options: ContextOptions = {}) {
    this.allowUnregisteredDialects = !!options.allowUnregisteredDialects;
    this.diagnosticPrintFlags = options.diagnosticPrintFlags ?? defaultDiagnosticPrintFlags;
    this.loadDialect(builtinDialect);
  }

  /**
   * Registers a dialect (idempotent for the same dialect object). Names of
   * its namespace interned before (unregistered) are upgraded in place, as
   * MLIR does when it registers an operation: operations created with them
   * become registered. O(interned names).
   */
  loadDialect(dialect: Dialect): void {
    const old = this.dialects.get(dialect.name);
    if (old === dialect) return;
    if (old !== undefined) throw new Error(`a different dialect named '${dialect.name}' is already loaded`);
    this.dialects.set(dialect.name, dialect);
    for (const [name, on] of this.opNames) {
      if (on.dialect === null && dialectOf(name) === dialect.name) on.register(dialect, dialect.ops.get(name) ?? null);
    }
  }

  /** The loaded dialect `name`, or undefined. */
  getDialect(name: string): Dialect | undefined {
    return this.dialects.get(name);
  }

  /** The loaded dialects. */
  get loadedDialects(): Dialect[] {
    return [...this.dialects.values()];
  }

  /**
   * The interned {@link OperationName} for `name`. Names not defined by a
   * loaded dialect are interned as unregistered; whether they may be used
   * is the caller's policy (see {@link allowUnregisteredDialects}).
   */
  operationName(name: string): OperationName {
    let on = this.opNames.get(name);
    if (on === undefined) {
      const dialect = this.dialects.get(dialectOf(name)) ?? null;
      const def = dialect === null ? null : (dialect.ops.get(name) ?? null);
      on = new OperationName(this, name, dialect, def);
      this.opNames.set(name, on);
    }
    return on;
  }

  /** Reports a non-fatal diagnostic to the handler. */
  emit(d: Diagnostic): void {
    if (this.diagnosticHandler !== null) this.diagnosticHandler(d);
  }

  /** @internal The uniquing table in slot `id` (created on first use). */
  table<K, V>(id: number): Map<K, V> {
    let t = this.tables[id];
    if (t === undefined) this.tables[id] = t = new Map<K, V>();
    return t as Map<K, V>;
  }

  /** @internal The sequence-keyed uniquing table in slot `id`. */
  trie<V>(id: number): Trie<V> {
    let t = this.tables[id];
    if (t === undefined) this.tables[id] = t = new Trie<V>();
    return t as Trie<V>;
  }
}

function dialectOf(name: string): string {
  const dot = name.indexOf(".");
  return dot < 0 ? "" : name.slice(0, dot);
}
