import { Attribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import { BuiltinKind } from "../kind.js";
import type { ShapedType } from "../types/shaped-type.js";

const handleTable = newUniquingTable();
const attrTable = newUniquingTable();
const scratch: unknown[] = [];

/** The bytes of a resource blob and their required alignment. */
export interface ResourceBlob {
  /** Alignment in bytes (a power of two). */
  readonly alignment: number;
  /** The data. */
  readonly data: Uint8Array;
}

/**
 * A named blob of the builtin dialect's resources (the
 * `{-# dialect_resources: { builtin: { key: "0x..." } } #-}` section). One
 * handle per key per context; the blob may be attached after the handle is
 * first referenced, since the section comes at the end of a file.
 */
export class DenseResourceHandle {
  /** @internal Use {@link DenseResourceHandle.declare}. */
  constructor(
    /** The key, as printed in `dense_resource<key>`. */
    readonly key: string,
  ) {}

  /** The blob, or null while undefined (e.g. `__elided__` resources). */
  blob: ResourceBlob | null = null;

  /** The existing handle named `key` in `ctx`, or undefined. */
  static lookup(ctx: Context, key: string): DenseResourceHandle | undefined {
    return ctx.table<string, DenseResourceHandle>(handleTable).get(key);
  }

  /**
   * A new handle for `key`. When the context already has one of that name
   * (from an earlier parse), a fresh name `key_N` (N = 1, 2...) is chosen, as MLIR's blob
   * manager does, so that two files' blobs never mix.
   */
  static declare(ctx: Context, key: string): DenseResourceHandle {
    const t = ctx.table<string, DenseResourceHandle>(handleTable);
    let name = key;
    for (let i = 1; t.has(name); i++) name = `${key}_${i}`;
    const h = new DenseResourceHandle(name);
    t.set(name, h);
    return h;
  }
}

/** `dense_resource<key> : tensor<...>`: elements stored in a resource blob. */
export class DenseResourceElementsAttr extends Attribute {
  private constructor(
    /** The shaped type. */
    readonly type: ShapedType,
    /** The resource holding the data. */
    readonly handle: DenseResourceHandle,
  ) {
    super(BuiltinKind.DenseResourceElementsAttr);
  }

  /** The uniqued attribute. */
  static get(ctx: Context, type: ShapedType, handle: DenseResourceHandle): DenseResourceElementsAttr {
    scratch[0] = type;
    scratch[1] = handle;
    return ctx.trie<DenseResourceElementsAttr>(attrTable).intern(scratch, 2, () => new DenseResourceElementsAttr(type, handle));
  }
}
