/** A chunk of an input file: `[begin, end)` offsets into the whole text. */
export interface Chunk {
  begin: number;
  end: number;
}

/** The marker MLIR tools split inputs at and join outputs with. */
export const splitMarker = "// -----";

/**
 * Splits `text` at lines whose content starts with `// -----` (after
 * optional whitespace; the rest of the marker line is dropped), like
 * `mlir-opt --split-input-file`. Chunks keep their offsets into the whole
 * text, so diagnostics report the original line numbers.
 */
export function splitInput(text: string, marker = splitMarker): Chunk[] {
  const chunks: Chunk[] = [];
  let begin = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let nl = text.indexOf("\n", lineStart);
    if (nl < 0) nl = text.length;
    let i = lineStart;
    while (i < nl && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    if (text.startsWith(marker, i)) {
      chunks.push({ begin, end: lineStart });
      begin = Math.min(nl + 1, text.length);
    }
    lineStart = nl + 1;
  }
  chunks.push({ begin, end: text.length });
  return chunks;
}
