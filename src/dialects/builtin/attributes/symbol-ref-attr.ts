import { Attribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import { BuiltinKind } from "../kind.js";

const table = newUniquingTable();

/**
 * A reference to a symbol, `@root`, possibly nested: `@root::@a::@b`
 * (a *flat* reference when `nested` is empty).
 */
export class SymbolRefAttr extends Attribute {
  private constructor(
    /** The outermost symbol name. */
    readonly root: string,
    /** Names of the nested references, outermost first. */
    readonly nested: readonly string[],
  ) {
    super(BuiltinKind.SymbolRefAttr);
  }

  /** The uniqued reference (the array is copied). */
  static get(ctx: Context, root: string, nested: readonly string[] = []): SymbolRefAttr {
    const key = [root, ...nested];
    return ctx.trie<SymbolRefAttr>(table).intern(key, key.length, () => new SymbolRefAttr(root, Object.freeze(nested.slice())));
  }

  /** True when there are no nested references. */
  get isFlat(): boolean {
    return this.nested.length === 0;
  }

  /** The innermost name. */
  get leaf(): string {
    return this.nested.length === 0 ? this.root : this.nested[this.nested.length - 1]!;
  }
}
