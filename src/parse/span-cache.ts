/**
 * A small direct-mapped cache from source spans to values, for tokens that
 * repeat constantly (type keywords like `i32`, operation names, attribute
 * names). A slot is chosen from the span's length and its first and last
 * chars, and a hit is confirmed by comparing the chars in place, so a
 * lookup neither slices a string nor hashes the whole span. A miss (or a
 * collision, which just replaces the slot) falls back to the caller.
 */
export class SpanCache<V> {
  private readonly texts: (string | undefined)[] = new Array(256);
  private readonly values: (V | undefined)[] = new Array(256);

  constructor(private readonly source: string) {}

  private slot(start: number, end: number): number {
    const t = this.source;
    return ((end - start) * 31 + t.charCodeAt(start) * 7 + t.charCodeAt(end - 1)) & 255;
  }

  /** The value cached for the text of `[start, end)`, or undefined. */
  get(start: number, end: number): V | undefined {
    const i = this.slot(start, end);
    const k = this.texts[i];
    if (k !== undefined && k.length === end - start && this.source.startsWith(k, start)) return this.values[i];
    return undefined;
  }

  /** Caches `value` for the text `text` found at `[start, end)`. */
  set(start: number, end: number, text: string, value: V): void {
    const i = this.slot(start, end);
    this.texts[i] = text;
    this.values[i] = value;
  }
}

/**
 * A direct-mapped cache from source text to values, for constructs whose
 * end is only known after parsing them: attribute dictionaries, which
 * generated IR repeats verbatim (`<{overflowFlags = #arith.overflow<none>}>`
 * on every `arith.addi`). The slot comes from the first chars after the
 * start, up to the first `stop` char (which the text must contain, as a
 * dictionary contains its `}`: so the slot depends only on the text); a hit
 * is the cached text standing at the start, compared in place.
 *
 * Sound because, within one parse, the same text always parses to the same
 * value: aliases are defined before use and never redefined.
 */
export class PrefixCache<V> {
  private readonly texts: (string | undefined)[] = new Array(256);
  private readonly values: (V | undefined)[] = new Array(256);
  /** Length of the text of the last hit of {@link get}. */
  hitLength = 0;

  constructor(
    private readonly source: string,
    /** A char code every cached text contains after its first char. */
    private readonly stop: number,
  ) {}

  private slot(start: number): number {
    const t = this.source;
    const end = Math.min(start + 16, t.length);
    let h = 0;
    for (let i = start + 1; i < end; i++) {
      const c = t.charCodeAt(i);
      if (c === this.stop) break;
      h = (Math.imul(h, 31) + c) | 0;
    }
    return (h ^ (h >>> 8)) & 255;
  }

  /** The value cached for the text at `start` (ending at most at `limit`), or undefined. */
  get(start: number, limit: number): V | undefined {
    const i = this.slot(start);
    const k = this.texts[i];
    if (k === undefined || start + k.length > limit || !this.source.startsWith(k, start)) return undefined;
    this.hitLength = k.length;
    return this.values[i];
  }

  /** Caches `value` for the text of `[start, end)`. */
  set(start: number, end: number, value: V): void {
    const i = this.slot(start);
    this.texts[i] = this.source.slice(start, end);
    this.values[i] = value;
  }
}
