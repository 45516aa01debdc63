import type { ParserState } from "./parser-state.js";

/**
 * file-metadata-dict ::= `{-#` file-metadata-entry* `#-}`
 * (placeholder: resources are being implemented separately).
 */
export function parseFileMetadata(p: ParserState): void {
  p.error("file metadata is not supported yet");
}
