import type { Block } from "../ir/block.js";
import type { Operation } from "../ir/operation.js";
import type { Region } from "../ir/region.js";
import type { OpResult, Value } from "../ir/value.js";
import type { Output } from "./output.js";

let generation = 0;

/**
 * Names the SSA values and blocks under an operation the way MLIR's
 * `SSANameState` does, so printed IR matches `mlir-opt`'s:
 *
 * - regions are numbered from a work stack: a region is numbered as a whole
 *   (all its blocks, in order), then the regions of its operations are
 *   pushed in program order and popped last-first;
 * - in the custom form, every region starts from the counters reached after
 *   its parent region, so sibling regions reuse numbers; with `uniqueIds`
 *   (MLIR does this for the generic form) the counters just keep going, so
 *   names are unique in the whole printed operation (and, because of the
 *   stack, later sibling regions get the smaller numbers);
 * - entry block arguments are `%argN`, other block arguments and op results
 *   `%N`; a multi-result op takes one number (`%N:2`, used as `%N#1`);
 * - blocks are `^bbN`, numbered per region.
 *
 * Numbers are stored on the values and blocks themselves (`printId`,
 * stamped with this run's generation), not in maps, and written as digits
 * straight into the output: no string per value. Iterative (a work stack),
 * so nesting depth is not limited by the JS stack.
 */
export class SSANameState {
  /** Generation stamp of this numbering. */
  readonly gen: number;

  /**
   * Names given by operations' name hooks (MLIR's `getAsmResultNames`),
   * uniqued: a value named this way has `printId` = `namedBase - index`.
   * A name uniqued with a conflict number (`c0_i32_3`) is kept as its base
   * and the number, written together: no string per renamed value (a
   * constant-folding chain renames nearly every constant).
   */
  private readonly names: string[] = [];
  /** The conflict number after `_` of each name, or -1. */
  private readonly suffixes: number[] = [];
  /**
   * Names in use in the region being named and its ancestors: plain ones
   * in a set; uniqued ones by conflict number (`base_N`: `probes[N]` is
   * `base`). Conflict numbers grow from a region into the regions nested
   * in it, so a new `base_N` can only collide with a plain name of that
   * form, which {@link suffixedPlain} counts.
   */
  private readonly used = new Set<string>();
  private readonly probes: (string | undefined)[] = [];
  private suffixedPlain = 0;
  /** Sanitized hints, by hint (hooks return the same hint strings again and again). */
  private readonly sanitized = new Map<string, string>();

  constructor(root: Operation, uniqueIds = false) {
    const gen = (this.gen = ++generation);
    // Name hints are used in the custom form only, as in MLIR.
    const hints = !uniqueIds;
    let v = 0;
    let a = 0;
    let c = 0;
    const regions: Region[] = [];
    const values: number[] = [];
    const args: number[] = [];
    const conflicts: number[] = [];
    const parentScopes: number[] = [];
    // Names in use (see `used`): one list of added names per open scope
    // (plain names, or conflict numbers; null when none was added).
    const scopes: ((string | number)[] | null)[] = [];
    for (let i = 0; i < root.regions.length; i++) {
      regions.push(root.regions[i]!);
      values.push(0);
      args.push(0);
      conflicts.push(0);
      parentScopes.push(0);
    }
    if (root.results.length > 0) v = numberResults(root, gen, v);
    while (regions.length > 0) {
      const region = regions.pop()!;
      const savedV = values.pop()!;
      const savedA = args.pop()!;
      const savedC = conflicts.pop()!;
      const parentScope = parentScopes.pop()!;
      if (!uniqueIds) {
        v = savedV;
        a = savedA;
        c = savedC;
      }
      // Leave the scopes of regions that are not ancestors of this one.
      while (scopes.length > parentScope) {
        const added = scopes.pop()!;
        if (added !== null) for (let i = 0; i < added.length; i++) this.forget(added[i]!);
      }
      let scope: (string | number)[] | null = null;
      let blockId = 0;
      for (let b = region.first; b !== null; b = b.next) {
        b.printOrder = blockId++;
        b.printGen = gen;
        const bargs = b.arguments;
        const entry = b === region.first;
        for (let i = 0; i < bargs.length; i++) {
          const arg = bargs[i]!;
          arg.printId = entry ? -1 - a++ : v++;
          arg.printGen = gen;
        }
        for (let op = b.first; op !== null; op = op.next) {
          if (op.results.length === 0) continue;
          const def = op.name.def;
          if (hints && def !== null && def.resultName !== undefined) {
            const hint = def.resultName(op);
            if (hint !== null) {
              const rs = op.results;
              if (typeof hint === "string") {
                const id = this.nameValue(hint, (scope ??= []), c);
                c = this.conflict;
                for (let i = 0; i < rs.length; i++) {
                  rs[i]!.printId = id;
                  rs[i]!.printGen = gen;
                }
                continue;
              }
              // One name per result (`%sum, %overflow`); unnamed ones get numbers;
              // `true` continues the previous result's group (`%sizes:2`).
              for (let i = 0; i < rs.length; i++) {
                const h = hint[i];
                if (h === true && i > 0) {
                  rs[i]!.printId = rs[i - 1]!.printId;
                } else if (h === undefined || h === null || h === true) {
                  rs[i]!.printId = v++;
                } else {
                  rs[i]!.printId = this.nameValue(h, (scope ??= []), c);
                  c = this.conflict;
                }
                rs[i]!.printGen = gen;
              }
              continue;
            }
          }
          v = numberResults(op, gen, v);
        }
      }
      scopes.push(scope);
      const depth = scopes.length;
      for (let b = region.first; b !== null; b = b.next) {
        for (let op = b.first; op !== null; op = op.next) {
          const rs = op.regions;
          for (let i = 0; i < rs.length; i++) {
            regions.push(rs[i]!);
            values.push(v);
            args.push(a);
            conflicts.push(c);
            parentScopes.push(depth);
          }
        }
      }
    }
  }

  /** Conflict counter after the last {@link nameValue}. */
  private conflict = 0;

  /** Uniques `hint` among the names in use (MLIR's `uniqueValueName`); returns the printId. */
  private nameValue(hint: string, scope: (string | number)[], c: number): number {
    let name = this.sanitized.get(hint);
    if (name === undefined) this.sanitized.set(hint, (name = sanitizeName(hint)));
    const id = namedBase - this.names.length;
    if (!this.inUse(name)) {
      this.used.add(name);
      if (probeNumber(name) >= 0) this.suffixedPlain++;
      scope.push(name);
      this.names.push(name);
      this.suffixes.push(-1);
      this.conflict = c;
      return id;
    }
    // `name_N` with the next conflict number N: fresh unless a plain name
    // in use has that spelling.
    let n = c++;
    while (this.suffixedPlain > 0 && this.used.has(name + "_" + n)) n = c++;
    this.probes[n] = name;
    scope.push(n);
    this.names.push(name);
    this.suffixes.push(n);
    this.conflict = c;
    return id;
  }

  /** Whether plain `name` is in use, as a plain name or as a uniqued `base_N`. */
  private inUse(name: string): boolean {
    if (this.used.has(name)) return true;
    const n = probeNumber(name);
    return n >= 0 && this.probes[n] !== undefined && this.probes[n]!.length === name.lastIndexOf("_") && name.startsWith(this.probes[n]!);
  }

  /** Takes a name of a scope being left out of use. */
  private forget(entry: string | number): void {
    if (typeof entry === "number") {
      this.probes[entry] = undefined;
      return;
    }
    this.used.delete(entry);
    if (probeNumber(entry) >= 0) this.suffixedPlain--;
  }

  /** The text of named value `i` (`namedBase - printId`). */
  private nameText(i: number): string {
    const n = this.suffixes[i]!;
    return n < 0 ? this.names[i]! : this.names[i]! + "_" + n;
  }

  /** Writes `value`'s name at a use: `%3`, `%arg0`, or `%3#1` for a result of a multi-result op. */
  writeUse(out: Output, value: Value): void {
    this.writeName(out, value);
    if (value.printGen !== this.gen) return;
    const owner = value.definingOp;
    if (owner === null || owner.results.length < 2) return;
    const pos = groupPosition(value as OpResult);
    if (pos >= 0) {
      out.writeByte(35); // '#'
      out.writeUint(pos);
    }
  }

  /** Writes `value`'s name without a result number (definitions). */
  writeName(out: Output, value: Value): void {
    if (value.printGen !== this.gen) {
      out.write("<<UNKNOWN SSA VALUE>>");
      return;
    }
    const id = value.printId;
    if (id >= 0) {
      out.writeByte(37); // '%'
      out.writeUint(id);
    } else if (id <= namedBase) {
      out.writeByte(37); // '%'
      const i = namedBase - id;
      out.write(this.names[i]!);
      const n = this.suffixes[i]!;
      if (n >= 0) {
        out.writeByte(95); // '_'
        out.writeUint(n);
      }
    } else {
      out.write("%arg");
      out.writeUint(-1 - id);
    }
  }

  /** Writes `block`'s label (`^bb2`). */
  writeBlock(out: Output, block: Block): void {
    if (block.printGen !== this.gen) {
      out.write("INVALIDBLOCK");
      return;
    }
    out.write("^bb");
    out.writeUint(block.printOrder);
  }

  /** The name of `value` at a use, as a string. */
  use(value: Value): string {
    if (value.printGen !== this.gen) return "<<UNKNOWN SSA VALUE>>";
    const id = value.printId;
    const base = id >= 0 ? `%${id}` : id <= namedBase ? "%" + this.nameText(namedBase - id) : `%arg${-1 - id}`;
    const owner = value.definingOp;
    if (owner === null || owner.results.length < 2) return base;
    const pos = groupPosition(value as OpResult);
    return pos >= 0 ? `${base}#${pos}` : base;
  }

  /** The label of `block`, as a string. */
  block(block: Block): string {
    return block.printGen === this.gen ? `^bb${block.printOrder}` : "INVALIDBLOCK";
  }
}

/**
 * The position of result `r` in its group of results sharing one name
 * (`%sizes:2`: `%sizes#1` is position 1), or -1 when `r` is named alone.
 */
function groupPosition(r: OpResult): number {
  const rs = r.owner.results;
  const id = r.printId;
  const i = r.index;
  // All results in one group (`%0:3`, the common case): no scan.
  if (rs[0]!.printId === id && rs[rs.length - 1]!.printId === id) return i;
  let s = i;
  while (s > 0 && rs[s - 1]!.printId === id) s--;
  if (s === i && (i + 1 >= rs.length || rs[i + 1]!.printId !== id)) return -1;
  return i - s;
}

/**
 * True when the results of `op` share one name (`%0:2`, used as `%0#1`),
 * false when each has its own (`%sum, %overflow`).
 */
export function isGrouped(op: Operation): boolean {
  const rs = op.results;
  return rs.length < 2 || rs[0]!.printId === rs[1]!.printId;
}

/** `printId` of the first named value (names count down from here). */
const namedBase = -(2 ** 30);

/**
 * A name hint made valid as an SSA name (MLIR's `sanitizeIdentifier`):
 * characters other than letters, digits and `$._-` become `_`, and a
 * leading digit gets a `_` in front.
 */
function sanitizeName(name: string): string {
  if (name.length === 0) return "_";
  // Hints are nearly always valid already (`c602_i32`): check before building a new string.
  let bad = -1;
  for (let i = 0; i < name.length; i++) {
    if (!isNameChar(name.charCodeAt(i))) {
      bad = i;
      break;
    }
  }
  let out = name;
  if (bad >= 0) {
    out = name.slice(0, bad);
    for (let i = bad; i < name.length; i++) out += isNameChar(name.charCodeAt(i)) ? name[i] : "_";
  }
  const c0 = name.charCodeAt(0);
  return c0 >= 48 && c0 <= 57 ? "_" + out : out;
}

/**
 * N when `name` is spelled as a uniqued name `base_N` would be (N written
 * without leading zeros, as conflict numbers are), else -1.
 */
function probeNumber(name: string): number {
  const u = name.lastIndexOf("_");
  const len = name.length - u - 1;
  if (u < 0 || len === 0 || len > 9 || (len > 1 && name.charCodeAt(u + 1) === 48)) return -1;
  let n = 0;
  for (let i = u + 1; i < name.length; i++) {
    const ch = name.charCodeAt(i);
    if (ch < 48 || ch > 57) return -1;
    n = n * 10 + (ch - 48);
  }
  return n;
}

/** Letters, digits, `$`, `.`, `_` and `-`: what a printed SSA name keeps. */
function isNameChar(ch: number): boolean {
  return (ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90) || (ch >= 48 && ch <= 57) || ch === 36 || ch === 46 || ch === 95 || ch === 45;
}

function numberResults(op: Operation, gen: number, next: number): number {
  const rs = op.results;
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i]!;
    r.printId = next;
    r.printGen = gen;
  }
  return next + 1;
}
