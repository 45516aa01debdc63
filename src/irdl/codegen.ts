/**
 * What the code generators of declarative definitions share (format
 * parsers and printers in `format/codegen.ts`, verifiers in
 * `verifier-codegen.ts`): the on/off switch and the source builder.
 *
 * Generated code is built with `new Function` on an operation's first use.
 * Where the platform forbids it (a browser page whose Content-Security-Policy
 * blocks eval), or after `setCodegen(false)`, the definitions run their
 * generic implementations, which give the same results.
 */

let enabled = evalAllowed();

function evalAllowed(): boolean {
  try {
    return new Function("return 1")() === 1;
  } catch {
    return false;
  }
}

/**
 * Turns generated code on or off (on by default where the platform allows
 * `new Function`); returns the previous setting. Definitions used for the
 * first time afterwards follow it (`OpDef.resetGenerated` makes a used one
 * choose again).
 */
export function setCodegen(on: boolean): boolean {
  const was = enabled;
  enabled = on && evalAllowed();
  return was;
}

/** Whether generators should generate (see {@link setCodegen}). */
export function codegenEnabled(): boolean {
  return enabled;
}

/** A JavaScript identifier from an op name (`arith.addi` → `arith_addi`), so generated functions read well in profiles. */
export function ident(name: string): string {
  return name.replace(/[^A-Za-z0-9_$]/g, "_");
}

/** Source text under construction, with a table of the constants it refers to (`K[i]`). */
export class Source {
  readonly lines: string[] = [];
  readonly consts: unknown[] = [];
  private temps = 0;

  line(s: string): void {
    this.lines.push(s);
  }

  /** A reference to constant `v` in the generated code. */
  k(v: unknown): string {
    let i = this.consts.indexOf(v);
    if (i < 0) i = this.consts.push(v) - 1;
    return `K[${i}]`;
  }

  /** A fresh local name. */
  temp(): string {
    return `t${this.temps++}`;
  }

  /**
   * The function `name(a, b)` with the lines as its body; `scope` names the
   * other values it may refer to (besides `K`, the constants).
   */
  build<F>(name: string, scope: Readonly<Record<string, unknown>>): F {
    const names = Object.keys(scope);
    const body = `"use strict";\nreturn function ${name}(a, b) {\n${this.lines.join("\n")}\n};`;
    return new Function("K", ...names, body)(this.consts, ...names.map((n) => scope[n])) as F;
  }
}
