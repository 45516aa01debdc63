/**
 * The root of the attribute hierarchy.
 *
 * Attributes are immutable, compile-time constant data attached to
 * operations (MLIR LangRef "Attributes"). Every attribute is uniqued by the
 * {@link Context} that created it: two equal attributes are the same object,
 * so equality is `===` and attributes can key a `Map` directly.
 *
 * Types are attributes too (see {@link TypeAttribute}), as in xDSL: one
 * uniquing mechanism, one printer dispatch.
 *
 * Invariant: construct attributes only through their class's static `get`
 * (which consults the context's uniquing table); a directly constructed
 * attribute breaks identity comparison.
 */
export abstract class Attribute {
  /**
   * Small integer naming the attribute's class, used by the parser and
   * printer to dispatch with a `switch` instead of an `instanceof` chain.
   * Builtin kinds are listed in `dialects/builtin/kind.ts`; attributes of
   * other dialects use `AttrKind.Dialect` and dispatch through their dialect.
   */
  readonly kind: number;
  /**
   * @internal The printer's alias scan, remembered (0: not scanned, 1: has
   * and contains no alias, 2: may). A property of the attribute alone, and
   * attributes are immutable, so it holds across prints and contexts.
   */
  aliasScan: number;

  protected constructor(kind: number) {
    this.kind = kind;
    this.aliasScan = 0;
  }

  /** True for {@link TypeAttribute}s. */
  get isType(): boolean {
    return false;
  }
}

/** An attribute that can be used as the type of an SSA value. */
export abstract class TypeAttribute extends Attribute {
  override get isType(): boolean {
    return true;
  }
}

/** The kind reserved for attributes defined outside the builtin dialect. */
export const DialectAttrKind = 0;
