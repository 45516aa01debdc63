import { TypeAttribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import { BuiltinKind } from "../kind.js";

const table = newUniquingTable();
const scratch: unknown[] = [];

/** A function type: `(T1, T2) -> (R1, R2)`. */
export class FunctionType extends TypeAttribute {
  private constructor(
    /** Argument types. */
    readonly inputs: readonly TypeAttribute[],
    /** Result types. */
    readonly results: readonly TypeAttribute[],
  ) {
    super(BuiltinKind.FunctionType);
  }

  /** The uniqued function type (the arrays are copied). */
  static get(ctx: Context, inputs: readonly TypeAttribute[], results: readonly TypeAttribute[]): FunctionType {
    const trie = ctx.trie<FunctionType>(table);
    // Key: input count, inputs, results (the count separates the two lists).
    scratch.length = 0;
    scratch.push(inputs.length);
    for (const t of inputs) scratch.push(t);
    for (const t of results) scratch.push(t);
    return trie.intern(scratch, scratch.length, () =>
      new FunctionType(Object.freeze(inputs.slice()), Object.freeze(results.slice())),
    );
  }
}
