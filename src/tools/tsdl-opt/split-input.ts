/** A chunk of an input file: `[begin, end)` offsets into the whole text. */
export interface Chunk {
  begin: number;
  end: number;
}

/** The marker MLIR tools split inputs at and join outputs with. */
export const splitMarker = "// -----";

/**
 * Splits `text` at every occurrence of `// -----`, like
 * `mlir-opt --split-input-file`: the marker may follow code on its line,
 * and the next chunk starts right after it (the rest of the marker's line
 * belongs to that chunk). Chunks keep their offsets into the whole text, so
 * diagnostics report the original line numbers.
 */
export function splitInput(text: string, marker = splitMarker): Chunk[] {
  const chunks: Chunk[] = [];
  let begin = 0;
  for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, begin)) {
    chunks.push({ begin, end: at });
    begin = at + marker.length;
  }
  chunks.push({ begin, end: text.length });
  return chunks;
}
