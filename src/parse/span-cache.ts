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
