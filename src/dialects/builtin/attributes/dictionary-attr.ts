import { Attribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import { Trie } from "../../../ir/trie.js";
import { BuiltinKind } from "../kind.js";

const table = newUniquingTable();

/** The dictionaries with one set of keys. */
interface KeySet {
  readonly names: readonly string[];
  /** One-entry dictionaries by value. */
  readonly single: Map<Attribute, DictionaryAttr>;
  /** Longer ones by value sequence. */
  readonly trie: Trie<DictionaryAttr>;
}

/** A name and an attribute, as listed in a {@link DictionaryAttr}. */
export type NamedAttribute = readonly [name: string, value: Attribute];

/**
 * A map from names to attributes, `{a = 1, b}`, with entries sorted by name
 * (as MLIR stores and prints them). Names are unique.
 */
export class DictionaryAttr extends Attribute {
  private constructor(
    /** Entry names, sorted. */
    readonly names: readonly string[],
    /** Entry values, parallel to `names`. */
    readonly values: readonly Attribute[],
  ) {
    super(BuiltinKind.DictionaryAttr);
  }

  /**
   * The uniqued dictionary of `entries` (any order). Throws a `RangeError`
   * naming the key when a name repeats.
   */
  static get(ctx: Context, entries: readonly NamedAttribute[] | Readonly<Record<string, Attribute>>): DictionaryAttr {
    const list: NamedAttribute[] = Array.isArray(entries)
      ? (entries as NamedAttribute[]).slice()
      : Object.entries(entries as Record<string, Attribute>);
    const names = list.map((e) => e[0]);
    const values = list.map((e) => e[1]);
    return DictionaryAttr.fromParallel(ctx, names, values, names.length);
  }

  /**
   * The uniqued dictionary of `names[0..n)` → `values[0..n)`. The arrays are
   * sorted in place (together) and not retained. This is the parser's fast
   * path: no per-entry allocation when the dictionary already exists.
   */
  static fromParallel(ctx: Context, names: string[], values: Attribute[], n: number): DictionaryAttr {
    sortParallel(names, values, n);
    for (let i = 1; i < n; i++) {
      if (names[i] === names[i - 1]) throw new RangeError(`duplicate key '${names[i]}' in dictionary attribute`);
    }
    // Two levels: the key set (a trie over the names, so that no key string
    // is built and names containing any character cannot collide), then the
    // values. Dictionaries with the same keys share one frozen `names` array.
    const byKeys = ctx.trie<KeySet>(table);
    let ks = byKeys.get(names, n);
    if (ks === undefined) {
      const fresh: KeySet = { names: Object.freeze(names.slice(0, n)), single: new Map(), trie: new Trie() };
      ks = byKeys.intern(names, n, () => fresh);
    }
    if (n === 1) {
      const v = values[0]!;
      let d = ks.single.get(v);
      if (d === undefined) ks.single.set(v, (d = new DictionaryAttr(ks.names, Object.freeze([v]))));
      return d;
    }
    const keySet = ks;
    return ks.trie.intern(values, n, () => new DictionaryAttr(keySet.names, Object.freeze(values.slice(0, n))));
  }

  /** The empty dictionary. */
  static empty(ctx: Context): DictionaryAttr {
    return DictionaryAttr.fromParallel(ctx, [], [], 0);
  }

  /** `dict` (null meaning empty) with `name` set to `value`. */
  static with(ctx: Context, dict: DictionaryAttr | null, name: string, value: Attribute): DictionaryAttr {
    const names = dict === null ? [] : dict.names.slice();
    const values = dict === null ? [] : dict.values.slice();
    const i = names.indexOf(name);
    if (i >= 0) values[i] = value;
    else names.push(name), values.push(value);
    return DictionaryAttr.fromParallel(ctx, names, values, names.length);
  }

  /** `dict` without `name`. */
  static without(ctx: Context, dict: DictionaryAttr, name: string): DictionaryAttr {
    const names = dict.names.slice();
    const values = dict.values.slice();
    const i = names.indexOf(name);
    if (i >= 0) names.splice(i, 1), values.splice(i, 1);
    return DictionaryAttr.fromParallel(ctx, names, values, names.length);
  }

  /** Number of entries. */
  get size(): number {
    return this.names.length;
  }

  /** The value named `name`, or undefined. Binary search. */
  get(name: string): Attribute | undefined {
    const names = this.names;
    let lo = 0;
    let hi = names.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = names[mid]!;
      if (m === name) return this.values[mid];
      if (m < name) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** The entries as `[name, value]` pairs, sorted by name. */
  get entries(): NamedAttribute[] {
    return this.names.map((n, i) => [n, this.values[i]!] as const);
  }
}

/** Insertion sort of two parallel arrays by the first (n is small). */
function sortParallel(names: string[], values: Attribute[], n: number): void {
  for (let i = 1; i < n; i++) {
    const k = names[i]!;
    if (!(k < names[i - 1]!)) continue;
    const v = values[i]!;
    let j = i - 1;
    while (j >= 0 && k < names[j]!) {
      names[j + 1] = names[j]!;
      values[j + 1] = values[j]!;
      j--;
    }
    names[j + 1] = k;
    values[j + 1] = v;
  }
}
