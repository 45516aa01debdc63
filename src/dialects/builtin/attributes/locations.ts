import type { Attribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import { LocationAttr } from "../../../ir/location.js";
import { BuiltinKind } from "../kind.js";

const unknownTable = newUniquingTable();
const fileTable = newUniquingTable();
const nameTable = newUniquingTable();
const callSiteTable = newUniquingTable();
const fusedTable = newUniquingTable();
const opaqueTable = newUniquingTable();
const scratch: unknown[] = [];

/** Uniquing table of the locations of one file. */
interface FileLocTable {
  /** Positions by line: the location, or a list when a line has several. */
  lines: (FileLineColLoc | FileLineColLoc[])[];
  /** Ranges by `l:c:l:c` key. */
  ranges: Map<string, FileLineColLoc>;
}

/** `loc(unknown)`. */
export class UnknownLoc extends LocationAttr {
  private constructor() {
    super(BuiltinKind.UnknownLoc);
  }

  /** The uniqued unknown location. */
  static get(ctx: Context): UnknownLoc {
    ctx.madeAliasable = true;
    const t = ctx.table<0, UnknownLoc>(unknownTable);
    let l = t.get(0);
    if (l === undefined) t.set(0, (l = new UnknownLoc()));
    return l;
  }
}

/**
 * `loc("file":line:col)`, or a range `loc("file":l1:c1 to l2:c2)` (printed
 * `to :c2` when on one line). MLIR's `FileLineColRange`; a plain position
 * has `endLine === line` and `endColumn === column`.
 */
export class FileLineColLoc extends LocationAttr {
  private constructor(
    /** The file name. */
    readonly filename: string,
    /** 1-based line. */
    readonly line: number,
    /** 1-based column (0 when unknown). */
    readonly column: number,
    /** Last line of a range (= `line` for a position). */
    readonly endLine: number,
    /** Last column of a range (= `column` for a position). */
    readonly endColumn: number,
  ) {
    super(BuiltinKind.FileLineColLoc);
  }

  /** The uniqued position `filename:line:column`. */
  static get(ctx: Context, filename: string, line: number, column: number): FileLineColLoc {
    return FileLineColLoc.range(ctx, filename, line, column, line, column);
  }

  /**
   * The position of an operation in its source file. Unlike `get`, it does
   * not count as an aliasable attribute made in `ctx` (see
   * `Context.madeAliasable`): operation locations print, and get aliases,
   * only with debug info, where the printer looks at them anyway.
   */
  static ofOperation(ctx: Context, filename: string, line: number, column: number): FileLineColLoc {
    const had = ctx.madeAliasable;
    const l = FileLineColLoc.range(ctx, filename, line, column, line, column);
    ctx.madeAliasable = had;
    return l;
  }

  /** The uniqued range from `line:column` to `endLine:endColumn`. */
  static range(ctx: Context, filename: string, line: number, column: number, endLine: number, endColumn: number): FileLineColLoc {
    ctx.madeAliasable = true;
    let byFile = ctx.table<string, FileLocTable>(fileTable).get(filename);
    if (byFile === undefined) ctx.table<string, FileLocTable>(fileTable).set(filename, (byFile = { lines: [], ranges: new Map() }));
    if (endLine === line && endColumn === column && line < 1 << 30) {
      // Positions (the parser makes one per operation) are found by line in
      // an array, then by column in the usually one-element list.
      const at = byFile.lines[line];
      if (at === undefined) {
        const l = new FileLineColLoc(filename, line, column, line, column);
        byFile.lines[line] = l;
        return l;
      }
      if (at instanceof FileLineColLoc) {
        if (at.column === column) return at;
        const l = new FileLineColLoc(filename, line, column, line, column);
        byFile.lines[line] = [at, l];
        return l;
      }
      for (let i = 0; i < at.length; i++) if (at[i]!.column === column) return at[i]!;
      const l = new FileLineColLoc(filename, line, column, line, column);
      at.push(l);
      return l;
    }
    const rkey = `${line}:${column}:${endLine}:${endColumn}`;
    let l = byFile.ranges.get(rkey);
    if (l === undefined) byFile.ranges.set(rkey, (l = new FileLineColLoc(filename, line, column, endLine, endColumn)));
    return l;
  }

  /** True when this is a range rather than a single position. */
  get isRange(): boolean {
    return this.endLine !== this.line || this.endColumn !== this.column;
  }
}

/** `loc("name")` or `loc("name"(child))`. */
export class NameLoc extends LocationAttr {
  private constructor(
    /** The name. */
    readonly name: string,
    /** The child location (unknown when absent). */
    readonly child: LocationAttr,
  ) {
    super(BuiltinKind.NameLoc);
  }

  /** The uniqued name location; `child` defaults to `loc(unknown)`. */
  static get(ctx: Context, name: string, child?: LocationAttr): NameLoc {
    ctx.madeAliasable = true;
    const c = child ?? UnknownLoc.get(ctx);
    scratch[0] = name;
    scratch[1] = c;
    return ctx.trie<NameLoc>(nameTable).intern(scratch, 2, () => new NameLoc(name, c));
  }
}

/** `loc(callsite(callee at caller))`. */
export class CallSiteLoc extends LocationAttr {
  private constructor(
    /** The location of the callee. */
    readonly callee: LocationAttr,
    /** The location of the caller. */
    readonly caller: LocationAttr,
  ) {
    super(BuiltinKind.CallSiteLoc);
  }

  /** The uniqued call-site location. */
  static get(ctx: Context, callee: LocationAttr, caller: LocationAttr): CallSiteLoc {
    ctx.madeAliasable = true;
    scratch[0] = callee;
    scratch[1] = caller;
    return ctx.trie<CallSiteLoc>(callSiteTable).intern(scratch, 2, () => new CallSiteLoc(callee, caller));
  }
}

/** `loc(fused<metadata>[l1, l2, ...])`. */
export class FusedLoc extends LocationAttr {
  private constructor(
    /** The fused locations. */
    readonly locations: readonly LocationAttr[],
    /** Optional metadata attribute. */
    readonly metadata: Attribute | null,
  ) {
    super(BuiltinKind.FusedLoc);
  }

  /**
   * A fused location, simplified as MLIR does: unknown locations are dropped,
   * duplicates removed and nested fused locations with the same metadata
   * replaced by their locations (one level, taken as they are: a
   * `fused<m>[unknown]` inside `fused<m>[...]` keeps its `unknown`, as in
   * MLIR); without metadata, zero locations give `loc(unknown)` and a single
   * location is returned as is (with metadata, no locations give
   * `fused<metadata>[unknown]`).
   */
  static get(ctx: Context, locations: readonly LocationAttr[], metadata: Attribute | null = null): LocationAttr {
    const flat: LocationAttr[] = [];
    const seen = new Set<LocationAttr>();
    for (const l of locations) {
      if (l instanceof FusedLoc && l.metadata === metadata) {
        for (const x of l.locations) {
          if (!seen.has(x)) seen.add(x), flat.push(x);
        }
      } else if (l.kind !== BuiltinKind.UnknownLoc && !seen.has(l)) {
        seen.add(l);
        flat.push(l);
      }
    }
    if (flat.length === 0) {
      if (metadata === null) return UnknownLoc.get(ctx);
      flat.push(UnknownLoc.get(ctx));
    }
    if (flat.length === 1 && metadata === null) return flat[0]!;
    return FusedLoc.getRaw(ctx, flat, metadata);
  }

  /** The uniqued fused location of exactly these locations (no simplification). */
  static getRaw(ctx: Context, locations: readonly LocationAttr[], metadata: Attribute | null): FusedLoc {
    ctx.madeAliasable = true;
    const key: unknown[] = [metadata, ...locations];
    return ctx.trie<FusedLoc>(fusedTable).intern(key, key.length, () => new FusedLoc(Object.freeze(locations.slice()), metadata));
  }
}

/**
 * A location holding a host-language pointer (MLIR's `OpaqueLoc`). It has
 * no textual form of its own: it prints as its fallback location.
 */
export class OpaqueLoc extends LocationAttr {
  private constructor(
    /** The opaque payload. */
    readonly payload: unknown,
    /** The location printed for it. */
    readonly fallback: LocationAttr,
  ) {
    super(BuiltinKind.OpaqueLoc);
  }

  /** The uniqued opaque location. */
  static get(ctx: Context, payload: unknown, fallback: LocationAttr): OpaqueLoc {
    ctx.madeAliasable = true;
    scratch[0] = payload;
    scratch[1] = fallback;
    return ctx.trie<OpaqueLoc>(opaqueTable).intern(scratch, 2, () => new OpaqueLoc(payload, fallback));
  }
}
