import type { DenseArrayAttr } from "../dialects/builtin/attributes/dense-array-attr.js";
import type { DenseIntOrFPElementsAttr } from "../dialects/builtin/attributes/dense-elements-attr.js";
import type { DenseStringElementsAttr } from "../dialects/builtin/attributes/dense-string-elements-attr.js";
import type { AttrPrinter } from "./attribute-printer.js";

// Placeholder: the dense family printers are being implemented separately.

/** Prints the contents of `dense<...>` for numeric elements. */
export function printDenseIntOrFPElements(p: AttrPrinter, _attr: DenseIntOrFPElementsAttr, _allowHex: boolean): void {
  p.out.write("<<dense>>");
}

/** Prints the contents of `dense<...>` for string elements. */
export function printDenseStringElements(p: AttrPrinter, _attr: DenseStringElementsAttr): void {
  p.out.write("<<dense>>");
}

/** Prints the elements of `array<T: ...>`. */
export function printDenseArrayElements(p: AttrPrinter, _attr: DenseArrayAttr): void {
  p.out.write("<<array>>");
}
