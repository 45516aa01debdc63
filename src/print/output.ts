/**
 * An append-only UTF-8 byte buffer that the printer writes into.
 *
 * Why bytes: building a large string from many small pieces (with `+=` or
 * an array `join`) makes the garbage collector the main cost of printing a
 * large module; copying char codes into a growable `Uint8Array` allocates
 * almost nothing, and the command-line tool writes the bytes out directly.
 * Numbers are written digit by digit, without making strings.
 *
 * Huge output: a typed array holds at most 4 GiB (in Node 20), and deeply
 * nested IR prints gigabytes of indentation. The buffer doubles up to
 * `maxChunk` bytes; past that, the full buffer is sealed as a chunk and
 * writing goes on in a fresh one ({@link chunks}). Only `grow` (the slow
 * path) knows: the write methods test one capacity bound, as before.
 */
const emptyBytes = new Uint8Array(0);

export class Output {
  private buf: Uint8Array;
  private n = 0;
  /** Sealed chunks (views of full buffers), in order; empty until the output passes `maxChunk`. */
  private readonly sealed: Uint8Array[] = [];
  /** Total bytes in {@link sealed}. */
  private sealedBytes = 0;

  constructor(
    initialCapacity = 1 << 12,
    /**
     * Largest buffer to grow to before starting a new chunk (1 GiB: below
     * the typed array limit, and below the 2 GiB a single `fs.writeSync`
     * takes). A single write larger than this gets a chunk of its own size.
     */
    private readonly maxChunk = 1 << 30,
  ) {
    // Stored twice so V8 marks the field mutable now: the first `grow`
    // would otherwise deoptimize every write method compiled by then.
    this.buf = emptyBytes;
    this.buf = new Uint8Array(Math.min(initialCapacity, maxChunk));
  }

  /** Number of bytes written so far. */
  get length(): number {
    return this.sealedBytes + this.n;
  }

  /** Makes room for `need` more bytes in {@link buf}. */
  private grow(need: number): void {
    const n = this.n;
    let cap = Math.max(this.buf.length * 2, 1);
    while (cap < n + need) cap *= 2;
    if (cap > this.maxChunk) {
      if (n + need > this.maxChunk) {
        // Full: seal this chunk and continue in a new one (no copy).
        if (n > 0) {
          this.sealed.push(this.buf.subarray(0, n));
          this.sealedBytes += n;
        }
        this.buf = new Uint8Array(Math.max(this.maxChunk, need));
        this.n = 0;
        return;
      }
      cap = this.maxChunk;
    }
    const nb = new Uint8Array(cap);
    nb.set(this.buf.subarray(0, n));
    this.buf = nb;
  }

  /** Appends `s`, UTF-8 encoded. */
  write(s: string): void {
    const len = s.length;
    // Worst case 3 bytes per UTF-16 unit.
    if (this.n + len * 3 > this.buf.length) this.grow(len * 3);
    const buf = this.buf;
    let n = this.n;
    for (let i = 0; i < len; i++) {
      let c = s.charCodeAt(i);
      if (c < 0x80) {
        buf[n++] = c;
        continue;
      }
      if (c < 0x800) {
        buf[n++] = 0xc0 | (c >> 6);
        buf[n++] = 0x80 | (c & 63);
        continue;
      }
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < len) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
          buf[n++] = 0xf0 | (c >> 18);
          buf[n++] = 0x80 | ((c >> 12) & 63);
          buf[n++] = 0x80 | ((c >> 6) & 63);
          buf[n++] = 0x80 | (c & 63);
          continue;
        }
      }
      buf[n++] = 0xe0 | (c >> 12);
      buf[n++] = 0x80 | ((c >> 6) & 63);
      buf[n++] = 0x80 | (c & 63);
    }
    this.n = n;
  }

  /** Appends bytes (a loop: the attributes and names it copies are short). */
  writeBytes(b: Uint8Array): void {
    const len = b.length;
    if (this.n + len > this.buf.length) this.grow(len);
    const buf = this.buf;
    let n = this.n;
    for (let i = 0; i < len; i++) buf[n++] = b[i]!;
    this.n = n;
  }

  /** A copy of the bytes written since `from` (a previous {@link length}). */
  copyFrom(from: number): Uint8Array {
    const start = from - this.sealedBytes;
    if (start >= 0) return this.buf.slice(start, this.n);
    return concatChunks(this.chunks(), from);
  }

  /** Appends one ASCII character by code. */
  writeByte(c: number): void {
    if (this.n + 1 > this.buf.length) this.grow(1);
    this.buf[this.n++] = c;
  }

  /** Appends a non-negative integer in decimal, without making a string. */
  writeUint(v: number): void {
    if (this.n + 20 > this.buf.length) this.grow(20);
    const buf = this.buf;
    if (v < 10) {
      buf[this.n++] = 48 + v;
      return;
    }
    let digits = 0;
    for (let t = v; t >= 1; t = Math.floor(t / 10)) digits++;
    let end = this.n + digits;
    this.n = end;
    while (v >= 1) {
      const q = Math.floor(v / 10);
      buf[--end] = 48 + (v - q * 10);
      v = q;
    }
  }

  /** Appends `n` spaces. */
  writeSpaces(n: number): void {
    if (this.n + n > this.buf.length) this.grow(n);
    this.buf.fill(32, this.n, this.n + n);
    this.n += n;
  }

  /**
   * The bytes written so far, in one array: a view (valid until the next
   * write) unless the output spans several chunks, which are then copied
   * together. @throws RangeError past the typed array limit (4 GiB in
   * Node 20): use {@link chunks} for output that large.
   */
  bytes(): Uint8Array {
    if (this.sealed.length === 0) return this.buf.subarray(0, this.n);
    return concatChunks(this.chunks(), 0);
  }

  /**
   * The bytes written so far as a list of views, in order: one for all
   * but huge output (see the class comment). Valid until the next write.
   */
  chunks(): Uint8Array[] {
    const last = this.buf.subarray(0, this.n);
    if (this.sealed.length === 0) return [last];
    return this.n > 0 ? [...this.sealed, last] : this.sealed.slice();
  }

  /**
   * Everything written so far, decoded from UTF-8. A chunk boundary falls
   * between two writes, never inside a character.
   */
  toString(): string {
    let s = "";
    for (const c of this.sealed) s += decodeUtf8Bytes(c, 0, c.length);
    return s + decodeUtf8Bytes(this.buf, 0, this.n);
  }
}

/** The bytes of `chunks` from offset `from` on, copied into one array. */
function concatChunks(chunks: readonly Uint8Array[], from: number): Uint8Array {
  let total = -from;
  for (const c of chunks) total += c.length;
  const all = new Uint8Array(total);
  let skip = from;
  let at = 0;
  for (const c of chunks) {
    if (skip >= c.length) {
      skip -= c.length;
      continue;
    }
    const part = skip > 0 ? c.subarray(skip) : c;
    skip = 0;
    all.set(part, at);
    at += part.length;
  }
  return all;
}

interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
const Decoder = (globalThis as { TextDecoder?: new (label: string) => TextDecoderLike }).TextDecoder;
const decoder: TextDecoderLike | null = Decoder !== undefined ? new Decoder("utf-8") : null;

/** Decodes UTF-8 bytes (TextDecoder where available, else a portable loop). */
export function decodeUtf8Bytes(buf: Uint8Array, start: number, end: number): string {
  if (decoder !== null) return decoder.decode(buf.subarray(start, end));
  let s = "";
  let i = start;
  while (i < end) {
    const b = buf[i]!;
    let cp: number;
    if (b < 0x80) (cp = b), (i += 1);
    else if (b < 0xe0) (cp = ((b & 31) << 6) | (buf[i + 1]! & 63)), (i += 2);
    else if (b < 0xf0) (cp = ((b & 15) << 12) | ((buf[i + 1]! & 63) << 6) | (buf[i + 2]! & 63)), (i += 3);
    else (cp = ((b & 7) << 18) | ((buf[i + 1]! & 63) << 12) | ((buf[i + 2]! & 63) << 6) | (buf[i + 3]! & 63)), (i += 4);
    s += String.fromCodePoint(cp);
  }
  return s;
}
