/**
 * "Possible intended match" search after a failed pattern: the position in
 * the first 4 KiB of the searched region whose line prefix is closest (by
 * edit distance) to the pattern's text, slightly favouring nearer lines.
 * Same scoring as LLVM so the note lands on the same line.
 */

/** Region prefix scanned for a fuzzy match, as in LLVM. */
const scanLimit = 4096;

/**
 * Returns the offset of the best fuzzy match for `example` in
 * `text[start, end)`, or -1 if none is good enough or it is at `start`
 * (already shown by "scanning from here"). Cost O(4096 * |example|^2),
 * paid only on failure; skipped for very long patterns.
 */
export function findFuzzyMatch(
  text: string,
  start: number,
  end: number,
  example: string,
  longest: number,
): number {
  const size = Math.min(scanLimit, end - start);
  if (scanLimit * 2048 < size * longest) return -1;
  let best = -1;
  let bestQuality = 0;
  let lines = 0;
  const row = new Uint32Array(example.length + 1);
  for (let i = 0; i < size; i++) {
    const c = text.charCodeAt(start + i);
    if (c === 10) lines++;
    if (c === 32 || c === 9) continue;
    // Compare against the rest of this line, at most |example| characters.
    let stop = Math.min(start + i + example.length, end);
    const nl = text.indexOf("\n", start + i);
    if (nl !== -1 && nl < stop) stop = nl;
    const distance = editDistance(text, start + i, stop, example, row);
    const quality = distance + lines / 100;
    if (best === -1 || quality < bestQuality) {
      best = i;
      bestQuality = quality;
    }
  }
  if (best > 0 && bestQuality < 50) return start + best;
  return -1;
}

/** Levenshtein distance between `text[a, b)` and `s`, using `row` as scratch. */
function editDistance(text: string, a: number, b: number, s: string, row: Uint32Array): number {
  const n = s.length;
  for (let j = 0; j <= n; j++) row[j] = j;
  for (let i = a; i < b; i++) {
    let diag = row[0];
    row[0] = i - a + 1;
    const c = text.charCodeAt(i);
    for (let j = 1; j <= n; j++) {
      const up = row[j];
      const cost = c === s.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(up + 1, row[j - 1] + 1, diag + cost);
      diag = up;
    }
  }
  return row[n];
}
