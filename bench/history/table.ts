/** Terminal tables and colours for `tsdl-bench` (colour only on a terminal, never with NO_COLOR). */
import { styleText } from "node:util";

export type Colour = "red" | "green" | "yellow" | "dim" | "bold" | null;

const useColour = process.stdout.isTTY === true && process.env.NO_COLOR === undefined && process.env.TERM !== "dumb";

export function paint(text: string, colour: Colour): string {
  return colour === null || !useColour ? text : styleText(colour, text);
}

/** A cell: text, and optionally its colour. */
export type Cell = string | { text: string; colour: Colour };

/** Formats rows under a header; numeric-looking columns are right-aligned. */
export function table(header: string[], rows: Cell[][]): string {
  const text = (c: Cell): string => (typeof c === "string" ? c : c.text);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => text(r[i] ?? "").length)));
  const right = header.map((_, i) => rows.length > 0 && rows.every((r) => /^[-+0-9.,x%~ ±<]*$|^[0-9.]+ (ms|µs|MB|s)\b|^(skipped|missing|failed)$/.test(text(r[i] ?? ""))));
  const line = (cells: Cell[], head: boolean): string =>
    cells
      .map((c, i) => {
        const t = text(c);
        const padded = right[i] ? t.padStart(widths[i]!) : t.padEnd(widths[i]!);
        return head ? paint(padded, "bold") : typeof c === "string" ? padded : paint(padded, c.colour);
      })
      .join("  ")
      .trimEnd();
  return [line(header, true), ...rows.map((r) => line(r, false))].join("\n") + "\n";
}

/** `12.3 ms`, `1.23 s`, `456 µs`: three significant digits. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "-";
  if (ms >= 1000) return `${(ms / 1000).toPrecision(3)} s`;
  if (ms >= 1) return `${ms.toPrecision(3)} ms`;
  return `${(ms * 1000).toPrecision(3)} µs`;
}

export function formatRatio(r: number): string {
  return Number.isFinite(r) ? `${r.toFixed(2)}x` : "-";
}
