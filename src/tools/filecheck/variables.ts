/**
 * Variable tables of one FileCheck run: string variables (`[[VAR:re]]`),
 * numeric variables (`[[#VAR:]]`) and the `@LINE` pseudo variable.
 */

import { FormatKind, NumericVariable, type NumericScope } from "./expression.js";

/** All variables visible to patterns; shared by every pattern of a run. */
export class VariableContext implements NumericScope {
  /** Defined string variables and their current values. */
  readonly strings: Map<string, string>;
  /** Every name ever defined as a string variable (blocks numeric reuse). */
  readonly stringNames: Set<string>;
  /** Numeric variables by name; uses hold the objects directly. */
  readonly numeric: Map<string, NumericVariable>;
  /** `@LINE`, set to a pattern's line before that pattern is matched. */
  readonly line: NumericVariable;

  constructor() {
    this.strings = new Map();
    this.stringNames = new Set();
    this.numeric = new Map();
    this.line = new NumericVariable(
      "@LINE",
      { kind: FormatKind.Unsigned, precision: 0, alternate: false },
      null,
    );
  }

  /**
   * Forgets every variable whose name does not start with `$`, as
   * `--enable-var-scope` does at each CHECK-LABEL. Numeric uses reference
   * variable objects, so their values are cleared rather than just unlisted.
   */
  clearLocals(): void {
    for (const name of [...this.strings.keys()]) {
      if (!name.startsWith("$")) this.strings.delete(name);
    }
    for (const [name, v] of [...this.numeric]) {
      if (!name.startsWith("$")) {
        v.value = null;
        v.text = null;
        this.numeric.delete(name);
      }
    }
  }
}
