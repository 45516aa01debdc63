import type { Attribute, TypeAttribute } from "../ir/attribute.js";
import { Block } from "../ir/block.js";
import { Diagnostic, Severity } from "../ir/diagnostic.js";
import { LocationAttr } from "../ir/location.js";
import type { OpAsmArgument, UnresolvedOperand } from "../ir/op-asm.js";
import { OpTrait } from "../ir/op-definition.js";
import { OpOperand } from "../ir/op-operand.js";
import { Operation } from "../ir/operation.js";
import type { OperationName } from "../ir/operation-name.js";
import { Region } from "../ir/region.js";
import { OpResult, type BlockArgument, type Value } from "../ir/value.js";
import { DictionaryAttr } from "../dialects/builtin/attributes/dictionary-attr.js";
import { FileLineColLoc } from "../dialects/builtin/attributes/locations.js";
import { decodeUtf8 } from "../dialects/builtin/attributes/string-attr.js";
import { FunctionType } from "../dialects/builtin/types/function-type.js";
import { printAttribute, printType } from "../print/attribute-printer.js";
import { parseAttribute, parseDictionaryAttr } from "./attribute-parser.js";
import { Ch, isDigit } from "./char-codes.js";
import { CustomOpParser } from "./custom-op-parser.js";
import { Lexer } from "./lexer.js";
import { parseLocationInstance } from "./location-parser.js";
import { ParseError, type ParserState } from "./parser-state.js";
import { parseFileMetadata } from "./resource-parser.js";
import { Tok } from "./token.js";
import { parseType } from "./type-parser.js";

/**
 * An SSA value name: `N` for a numeric name `%N` (the common case, in
 * printed IR all names are numeric) and the interned spelling (`"%foo"`)
 * otherwise. Numeric names index an array; no string is made for them.
 */
/** An SSA name: its number (`%12`), or its text with `%`. */
export type NameKey = number | string;

/** The text of a name key, for messages and rare paths. */
export function keyText(k: NameKey): string {
  return typeof k === "number" ? "%" + k : k;
}

/** The key of a name given as text (`%12` → 12), for custom parsers. */
export function keyOfText(text: string): NameKey {
  // `%0` or `%[1-9][0-9]{0,8}`, scanned by hand: every operand of every
  // custom-form operation comes through here.
  const n = text.length;
  if (n < 2 || n > 10 || text.charCodeAt(0) !== Ch.Percent) return text;
  const c1 = text.charCodeAt(1);
  if (c1 === Ch._0) return n === 2 ? 0 : text;
  let v = 0;
  for (let i = 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < Ch._0 || c > Ch._9) return text;
    v = v * 10 + (c - Ch._0);
  }
  return v;
}

/**
 * An operand reference as the parser reads it (`%x#1`): the name as a key,
 * so that no string is made for `%12` and an interned one for `%x`. Custom
 * parsers see an {@link UnresolvedOperand}; its `name` is built on demand.
 */
export class ParsedOperand implements UnresolvedOperand {
  constructor(
    /** The name's key (see {@link NameKey}). */
    public key: NameKey,
    public number: number,
    public offset: number,
  ) {}

  get name(): string {
    return keyText(this.key);
  }
}

/** The key of an operand reference (one a custom parser made itself has only its name). */
export function operandKey(u: UnresolvedOperand): NameKey {
  return u instanceof ParsedOperand ? u.key : keyOfText(u.name);
}

/** Block names of one region. */
class BlockScope {
  /** Blocks by label (`^bb1`), with the offset of their definition or first use (made on first label: most regions have none). */
  byName: Map<string, { block: Block; offset: number }> | null = null;
  /** Blocks referenced before being defined, with the first reference offset. */
  forwardRefs: Map<Block, number> | null = null;
}

/**
 * An operation whose regions are being parsed (generic form): everything
 * before the region list has been read, the rest comes after the last
 * region. Kept in an explicit stack so nesting depth costs heap, not JS
 * stack.
 */
class PendingOp {
  regions: Region[] = [];
  constructor(
    readonly nameOffset: number,
    readonly startOffset: number,
    readonly resultNames: NameKey[] | null,
    readonly resultCounts: number[] | null,
    readonly resultOffsets: number[] | null,
    readonly name: OperationName,
    readonly operandNames: NameKey[],
    readonly operandNumbers: number[],
    readonly operandOffsets: number[],
    readonly successors: Block[] | null,
    readonly properties: Attribute | null,
    /** The block the finished operation is appended to. */
    readonly parentBlock: Block,
  ) {}
}

/** A region being parsed. */
class RegionFrame {
  constructor(
    readonly region: Region,
    /** The block operations are currently appended to. */
    public block: Block,
    /** The generic op owning the region; null for a region parsed for a custom op. */
    readonly pending: PendingOp | null,
  ) {}
}

/** A `loc(#alias)` seen before `#alias = ...`: patched at the end. */
interface DeferredLoc {
  target: Operation | BlockArgument;
  alias: string;
  offset: number;
}

/**
 * Parses operations, blocks and regions (MLIR's `OperationParser`).
 *
 * SSA names: one map from name to value for result 0 (`%x`, `%x#0`) and one
 * for the other results of a group (`%x#1`...); each region records the
 * names it defines and forgets them when it closes. Uses before definition
 * get a placeholder value that the definition replaces (forward references,
 * legal in graph regions and across blocks).
 *
 * Nesting: generic operations' regions are parsed by an explicit frame
 * stack, so a module nested 10,000 regions deep parses without recursion.
 */
export class OperationParser {
  /*
   * SSA name scopes. Each region opens a scope with a fresh id; a name's
   * entry records the id of the scope that defined it, and an entry whose
   * scope has closed is treated as absent. Closing a scope is then O(1),
   * instead of forgetting its names one by one (a module body holds them
   * all). Forward references belong to scope 0, which never closes: they
   * stay visible until defined, as in MLIR.
   */
  private readonly scopeAlive: boolean[] = [];
  private readonly scopeStack: number[] = [];
  /** Result 0 (or the block argument) of each numeric name, and its scope. */
  private readonly numSingle: (Value | undefined)[] = [];
  private readonly numScope: number[] = [];
  /** Result 0 (or the block argument) of each other name, and its scope. */
  private readonly strSingle = new Map<string, Value>();
  private readonly strScope = new Map<string, number>();
  /** Results 1.. of result groups, by name text, and their scope. */
  private readonly multi = new Map<string, (Value | undefined)[]>();
  private readonly multiScope = new Map<string, number>();
  private readonly blockScopes: BlockScope[] = [];
  /** Placeholder values of forward references, with the first use offset. */
  private readonly forwardRefs = new Map<Value, number>();
  private readonly deferredLocs: DeferredLoc[] = [];
  private readonly frames: RegionFrame[] = [];
  // Scratch operand lists for the operation being parsed.
  private readonly opNames: NameKey[] = [];
  private readonly opNumbers: number[] = [];
  private readonly opOffsets: number[] = [];
  private readonly typeScratch: TypeAttribute[] = [];
  private placeholderName: OperationName | null = null;
  /** Custom operation parsers by nesting level (see `parseCustomOperation`), and the current level. */
  private readonly customParsers: CustomOpParser[] = [];
  private customDepth = 0;
  /** Number of `runFrames` loops active (0 at the top level). */
  private loopDepth = 0;

  constructor(readonly p: ParserState) {
    this.pushScope();
  }

  // ---- Scopes ---------------------------------------------------------------

  private pushScope(): void {
    const id = this.scopeAlive.length;
    this.scopeAlive.push(true);
    this.scopeStack.push(id);
    this.blockScopes.push(new BlockScope());
  }

  private popScope(): void {
    const bs = this.blockScopes.pop()!;
    if (bs.forwardRefs !== null && bs.forwardRefs.size > 0) {
      const first = Math.min(...bs.forwardRefs.values());
      this.p.error("reference to an undefined block", first);
    }
    this.scopeAlive[this.scopeStack.pop()!] = false;
  }

  private currentScope(): number {
    return this.scopeStack[this.scopeStack.length - 1]!;
  }

  private getSingle(name: NameKey): Value | undefined {
    if (typeof name === "number") {
      const v = this.numSingle[name];
      return v !== undefined && this.scopeAlive[this.numScope[name]!] ? v : undefined;
    }
    const v = this.strSingle.get(name);
    return v !== undefined && this.scopeAlive[this.strScope.get(name)!] ? v : undefined;
  }

  private setSingle(name: NameKey, v: Value, scope: number): void {
    if (typeof name === "number") {
      this.numSingle[name] = v;
      this.numScope[name] = scope;
    } else {
      this.strSingle.set(name, v);
      this.strScope.set(name, scope);
    }
  }

  private getMulti(name: NameKey): (Value | undefined)[] | undefined {
    const key = keyText(name);
    const slots = this.multi.get(key);
    return slots !== undefined && this.scopeAlive[this.multiScope.get(key)!] ? slots : undefined;
  }

  private newMulti(name: NameKey, scope: number): (Value | undefined)[] {
    const key = keyText(name);
    const slots: (Value | undefined)[] = [];
    this.multi.set(key, slots);
    this.multiScope.set(key, scope);
    return slots;
  }

  /** The key of the current `%name` token (see {@link NameKey}). */
  nameKey(): NameKey {
    const p = this.p;
    const lex = p.lex;
    const text = p.source.text;
    const s = lex.start + 1;
    const e = lex.end;
    if (e - s <= 9) {
      let v = 0;
      let i = s;
      for (; i < e; i++) {
        const c = text.charCodeAt(i);
        if (c < 48 || c > 57) break;
        v = v * 10 + (c - 48);
      }
      // `%00` is not `%0`: only canonical numbers take the numeric path.
      if (i === e && (e - s === 1 || text.charCodeAt(s) !== 48)) return v;
    }
    return p.internSpan(lex.start, e);
  }

  /** Registers `value` as `%name#number` defined at `offset`. */
  private addDefinition(name: NameKey, number: number, value: Value, offset: number): void {
    let existing: Value | undefined;
    let slots: (Value | undefined)[] | undefined;
    if (number === 0) {
      existing = this.getSingle(name);
    } else {
      slots = this.getMulti(name);
      existing = slots === undefined ? undefined : slots[number];
    }
    if (existing !== undefined) {
      const fwdOffset = this.forwardRefs.get(existing);
      if (fwdOffset === undefined) {
        const text = keyText(name);
        this.p.errorWithNote(`redefinition of SSA value '${text}'`, offset, "previously defined here", this.definitionOffset(existing, text));
      }
      if (existing.type !== value.type) {
        this.p.errorWithNote(
          `definition of SSA value '${keyText(name)}#${number}' has type '${printType(value.type)}'`,
          offset,
          `previously used here with type '${printType(existing.type)}'`,
          fwdOffset,
        );
      }
      existing.replaceAllUsesWith(value);
      this.forwardRefs.delete(existing);
    }
    const scope = this.currentScope();
    if (number === 0) {
      this.setSingle(name, value, scope);
    } else {
      if (slots === undefined) slots = this.newMulti(name, scope);
      else this.multiScope.set(keyText(name), scope);
      slots[number] = value;
    }
  }

  /**
   * Where `value` (named `name`) was defined, for "previously defined here"
   * notes. Definition offsets are not stored (that would cost a map entry
   * per value); they are recovered from the defining op's or argument's
   * location, which is only needed on this error path.
   */
  private definitionOffset(value: Value, name: string): number {
    const src = this.p.source;
    const owner = value.definingOp;
    if (owner !== null && owner.loc === this.p.locations) {
      // Still the parsed position: find the result name before the op name.
      const at = owner.locOffset;
      const found = src.text.lastIndexOf(name, at);
      return found >= 0 && at - found < 4096 ? found : at;
    }
    if (owner === null && (value as BlockArgument).loc === this.p.locations) return (value as BlockArgument).locOffset;
    const loc = owner !== null ? owner.location : (value as BlockArgument).location;
    if (!(loc instanceof FileLineColLoc) || loc.filename !== src.name) return 0;
    const at = src.offsetOf(loc.line, loc.column);
    if (owner === null) return at;
    // The result list precedes the op name: find `name` backwards.
    const found = src.text.lastIndexOf(name, at);
    return found >= 0 && at - found < 4096 ? found : at;
  }

  /** The value `%name#number` of type `type`, creating a forward reference if undefined. */
  resolveOperand(name: NameKey, number: number, offset: number, type: TypeAttribute): Value {
    let v: Value | undefined;
    if (number === 0) {
      v = this.getSingle(name);
    } else {
      const slots = this.getMulti(name);
      v = slots === undefined ? undefined : slots[number];
    }
    if (v !== undefined) {
      if (v.type === type) return v;
      const prior = this.forwardRefs.get(v) ?? this.definitionOffset(v, keyText(name));
      this.p.errorWithNote(
        `use of value '${keyText(name)}' expects different type than prior uses: '${printType(type)}' vs '${printType(v.type)}'`,
        offset,
        "prior use here",
        prior,
      );
    }
    if (number > 0) {
      const first = this.getSingle(name);
      if (first !== undefined && !this.forwardRefs.has(first)) this.p.error("reference to invalid result number", offset);
    }
    // A forward reference: a placeholder op result, replaced at the definition.
    if (this.placeholderName === null) this.placeholderName = this.p.ctx.operationName("builtin.unrealized_conversion_cast");
    const ph = Operation.create(this.placeholderName, { resultTypes: [type] }).results[0]!;
    this.forwardRefs.set(ph, offset);
    if (number === 0) {
      this.setSingle(name, ph, 0);
    } else {
      let slots = this.getMulti(name);
      if (slots === undefined) slots = this.newMulti(name, 0);
      slots[number] = ph;
    }
    // Not recorded in the scope: a forward reference may be resolved by a
    // definition in an enclosing region (graph regions), as in MLIR.
    return ph;
  }

  // ---- Blocks -----------------------------------------------------------------

  /** The block named `name` in the current region, created as a forward reference if new. */
  blockNamed(name: string, offset: number): Block {
    const scope = this.blockScopes[this.blockScopes.length - 1]!;
    let def = (scope.byName ??= new Map()).get(name);
    if (def === undefined) {
      def = { block: new Block(), offset };
      scope.byName.set(name, def);
      (scope.forwardRefs ??= new Map()).set(def.block, offset);
    }
    return def.block;
  }

  /** `^name (args)? :` — defines a block (or completes a forward reference). */
  private parseBlockLabel(existing: Block | null): Block {
    const p = this.p;
    const nameOffset = p.lex.start;
    const name = p.spelling();
    p.consume();
    const scope = this.blockScopes[this.blockScopes.length - 1]!;
    const def = (scope.byName ??= new Map()).get(name);
    let block: Block;
    if (def === undefined) {
      block = existing ?? new Block();
      scope.byName.set(name, { block, offset: nameOffset });
    } else {
      if (scope.forwardRefs === null || !scope.forwardRefs.delete(def.block)) p.error(`redefinition of block '${name}'`, nameOffset);
      block = def.block;
      def.offset = nameOffset;
    }
    if (p.tok() === Tok.LParen) this.parseBlockArgList(block);
    p.expect(Tok.Colon, "expected ':' after block name");
    return block;
  }

  /** `(` %name `:` type loc? (`,` ...)* `)` */
  private parseBlockArgList(block: Block): void {
    const p = this.p;
    p.consume();
    if (p.consumeIf(Tok.RParen)) return;
    const existing = block.numArguments;
    let next = 0;
    for (;;) {
      const offset = p.lex.start;
      if (p.tok() !== Tok.PercentIdentifier) p.wrongToken("expected SSA operand");
      const name = this.nameKey();
      p.consume();
      let number = 0;
      if (p.tok() === Tok.HashIdentifier) number = this.parseResultNumber();
      p.expect(Tok.Colon, "expected ':' and type for SSA operand");
      const type = parseType(p);
      let arg: BlockArgument;
      if (existing > 0) {
        if (next >= existing) p.error("too many arguments specified in argument list");
        arg = block.argument(next++);
        if (arg.type !== type) p.error("argument and block argument type mismatch");
      } else {
        arg = block.addArgument(type);
        arg.setLazyLocation(p.locations, offset);
      }
      this.parseTrailingLocation(arg);
      this.addDefinition(name, number, arg, offset);
      if (p.consumeIf(Tok.Comma)) continue;
      p.expect(Tok.RParen, "expected ')'");
      return;
    }
  }

  private parseResultNumber(): number {
    const p = this.p;
    const text = p.source.text;
    let v = 0;
    for (let i = p.lex.start + 1; i < p.lex.end; i++) {
      const c = text.charCodeAt(i);
      if (!isDigit(c)) p.error("invalid SSA value result number");
      v = v * 10 + (c - Ch._0);
    }
    p.consume();
    return v;
  }

  // ---- Regions ------------------------------------------------------------------

  /**
   * Opens a region at the current `{`: pushes scopes and a frame, defines
   * the entry arguments, and reads the entry label if present. Returns the
   * frame; the body is parsed by the main loop. An empty region (`{}`)
   * without entry arguments is closed immediately and returns null.
   */
  private openRegion(region: Region, pending: PendingOp | null, entryArgs: readonly OpAsmArgument[] | null): RegionFrame | null {
    const p = this.p;
    p.expect(Tok.LBrace, "expected '{' to begin a region");
    if ((entryArgs === null || entryArgs.length === 0) && p.tok() === Tok.RBrace) {
      p.consume();
      return null;
    }
    this.pushScope();
    let block = new Block();
    if (entryArgs !== null && entryArgs.length > 0) {
      if (p.tok() === Tok.CaretIdentifier) p.error("invalid block name in region with named arguments");
      for (let k = 0; k < entryArgs.length; k++) {
        const a = entryArgs[k]!;
        const u = a.operand;
        const key = operandKey(u);
        this.checkEntryArgumentUnused(key, u.offset);
        const arg = block.addArgument(a.type, a.location);
        if (a.location === null) arg.setLazyLocation(p.locations, u.offset);
        this.addDefinition(key, u.number, arg, u.offset);
      }
      // An exactly sized list: one grown by push keeps room for 17.
      if (entryArgs.length > 1) block.arguments = block.arguments.slice();
    }
    if (p.tok() === Tok.CaretIdentifier) block = this.parseBlockLabel(block);
    region.append(block);
    const frame = new RegionFrame(region, block, pending);
    this.frames.push(frame);
    return frame;
  }

  /**
   * A region entry argument may not reuse a name already defined or
   * referenced in scope (MLIR's `defineRegionArgs`): "region entry argument
   * '%x' is already in use", noting the earlier reference.
   */
  private checkEntryArgumentUnused(name: NameKey, offset: number): void {
    let existing = this.getSingle(name);
    if (existing === undefined) existing = this.getMulti(name)?.find((v) => v !== undefined);
    if (existing === undefined) return;
    const text = keyText(name);
    const prior = this.forwardRefs.get(existing) ?? this.definitionOffset(existing, text);
    this.p.errorWithNote(`region entry argument '${text}' is already in use`, offset, "previously referenced here", prior);
  }

  /**
   * Parses the body of a region for a custom op (recursion happens only
   * through custom parsers; generic regions use the frame stack).
   */
  parseRegion(region: Region, entryArgs: readonly OpAsmArgument[] | null): void {
    const base = this.frames.length;
    if (this.openRegion(region, null, entryArgs) === null) return;
    this.runFrames(base);
  }

  /**
   * Parses operations until the frame stack is back to `base` entries: the
   * main loop of the parser.
   */
  private runFrames(base: number): void {
    const p = this.p;
    const frames = this.frames;
    this.loopDepth++;
    try {
      this.loop(base, p, frames);
    } finally {
      this.loopDepth--;
    }
  }

  private loop(base: number, p: ParserState, frames: RegionFrame[]): void {
    while (frames.length > base) {
      const frame = frames[frames.length - 1]!;
      const tok = p.tok();
      if (tok === Tok.RBrace) {
        this.closeRegion(frame);
      } else if (tok === Tok.CaretIdentifier) {
        const b = this.parseBlockLabel(null);
        frame.region.append(b);
        frame.block = b;
      } else {
        // At the end of the input too: like MLIR, expect another operation
        // ("expected operation name in quotes"), not the `}`.
        this.parseOperation(frame.block);
      }
    }
  }

  /** Handles the `}` closing the innermost region. */
  private closeRegion(frame: RegionFrame): void {
    const p = this.p;
    p.consume();
    this.popScope();
    this.frames.pop();
    const pending = frame.pending;
    if (pending === null) return;
    pending.regions.push(frame.region);
    if (p.consumeIf(Tok.Comma)) {
      this.beginRegion(pending);
      return;
    }
    p.expect(Tok.RParen, "expected ')' to end region list");
    this.finishGenericOp(pending);
  }

  /** Starts the next region of `pending` at the current `{`. */
  private beginRegion(pending: PendingOp): void {
    const region = new Region();
    if (this.openRegion(region, pending, null) === null) {
      // `{}`: an empty region; continue with the list.
      pending.regions.push(region);
      if (this.p.consumeIf(Tok.Comma)) return this.beginRegion(pending);
      this.p.expect(Tok.RParen, "expected ')' to end region list");
      this.finishGenericOp(pending);
    }
  }

  // ---- Operations -----------------------------------------------------------------

  /**
   * operation ::= op-result-list? (generic-operation | custom-operation) trailing-location?
   *
   * Parses one operation into `block`. A generic operation with regions
   * pushes frames and returns; the main loop finishes it.
   */
  parseOperation(block: Block): void {
    const p = this.p;
    const lex = p.lex;
    const startOffset = lex.start;
    let resultNames: NameKey[] | null = null;
    let resultCounts: number[] | null = null;
    let resultOffsets: number[] | null = null;
    let singleName: NameKey | null = null;
    let numExpected = 0;
    if (lex.kind === Tok.PercentIdentifier) {
      singleName = this.nameKey();
      lex.next();
      if (p.tok() === Tok.Equal) {
        numExpected = 1;
      } else {
        // The general form: %a, %b:2, ... =
        resultNames = [singleName];
        resultCounts = [this.parseResultCount()];
        resultOffsets = [startOffset];
        numExpected = resultCounts[0]!;
        singleName = null;
        while (p.consumeIf(Tok.Comma)) {
          const off = lex.start;
          if (lex.kind !== Tok.PercentIdentifier) p.wrongToken("expected valid ssa identifier");
          resultNames.push(this.nameKey());
          lex.next();
          const n = this.parseResultCount();
          resultCounts.push(n);
          resultOffsets.push(off);
          numExpected += n;
        }
      }
      p.expect(Tok.Equal, "expected '=' after SSA name");
      if (singleName !== null) {
        resultNames = null;
      }
    }
    if (lex.kind === Tok.String) {
      this.parseGenericOperation(block, startOffset, singleName, resultNames, resultCounts, resultOffsets, numExpected);
    } else if (lex.kind === Tok.BareIdentifier || lex.kind === Tok.IntType) {
      const op = this.parseCustomOperation(singleName, resultNames, resultCounts);
      block.append(op);
      this.bindResults(op, startOffset, singleName, resultNames, resultCounts, resultOffsets, numExpected);
    } else {
      p.wrongToken("expected operation name in quotes");
    }
  }

  /** After a result name: `:` count, or 1. */
  private parseResultCount(): number {
    const p = this.p;
    if (!p.consumeIf(Tok.Colon)) return 1;
    if (p.tok() !== Tok.Integer) p.wrongToken("expected integer number of results");
    const v = p.integerValue();
    if (v < 1n) p.error("expected named operation to have at least 1 result");
    p.consume();
    return Number(v);
  }

  /** Binds the parsed result names to `op`'s results. */
  private bindResults(
    op: Operation,
    startOffset: number,
    singleName: NameKey | null,
    names: NameKey[] | null,
    counts: number[] | null,
    offsets: number[] | null,
    numExpected: number,
  ): void {
    if (singleName === null && names === null) return;
    const n = op.results.length;
    if (n === 0) this.p.error("cannot name an operation with no results", startOffset);
    if (numExpected !== n) this.p.error(`operation defines ${n} results but was provided ${numExpected} to bind`, startOffset);
    if (singleName !== null) {
      this.addDefinition(singleName, 0, op.results[0]!, startOffset);
      return;
    }
    let r = 0;
    for (let g = 0; g < names!.length; g++) {
      for (let k = 0; k < counts![g]!; k++) this.addDefinition(names![g]!, k, op.results[r++]!, offsets![g]!);
    }
  }

  /** The OperationName for the generic name string at the current token, checking the dialect policy. */
  private genericOpName(): OperationName {
    const p = this.p;
    const lex = p.lex;
    const text = p.source.text;
    // Names seen before (and accepted) are found by span, without slicing.
    const hit = lex.end - lex.start > 2 ? p.opNameSpans.get(lex.start + 1, lex.end - 1) : undefined;
    if (hit !== undefined) return hit;
    // Op names rarely have escapes: intern the text between the quotes.
    let name = p.internSpan(lex.start + 1, lex.end - 1);
    if (name.indexOf("\\") >= 0) {
      // Escapes give bytes: decode them as UTF-8 text (keeping them as
      // Latin-1 chars when they are not valid UTF-8).
      const bytes = Lexer.decodeString(text, lex.start, lex.end);
      name = decodeUtf8(bytes) ?? bytes;
    }
    if (name.length === 0) p.error("empty operation name is invalid");
    if (name.indexOf("\0") >= 0) p.error("null character not allowed in operation name");
    const on = p.ctx.operationName(name);
    if (on.def === null && on.dialect === null && !p.ctx.allowUnregisteredDialects) {
      // MLIR reports this at the token after the name.
      lex.next();
      p.error(
        "operation being parsed with an unregistered dialect. If this is intended, please use -allow-unregistered-dialect with the MLIR tool used",
      );
    }
    if (name.length === lex.end - lex.start - 2) p.opNameSpans.set(lex.start + 1, lex.end - 1, name, on);
    return on;
  }

  /**
   * generic-operation ::= string-literal `(` ssa-use-list? `)` successor-list?
   *                       properties? (`(` region-list `)`)? attribute-dict?
   *                       `:` function-type
   */
  private parseGenericOperation(
    block: Block,
    startOffset: number,
    singleName: NameKey | null,
    resultNames: NameKey[] | null,
    resultCounts: number[] | null,
    resultOffsets: number[] | null,
    numExpected: number,
  ): void {
    const p = this.p;
    const lex = p.lex;
    const nameOffset = lex.start;
    const name = this.genericOpName();
    lex.next();
    // Operands (kept as names until the types are known).
    p.expect(Tok.LParen, "expected '(' to start operand list");
    const opNames = this.opNames;
    const opNumbers = this.opNumbers;
    const opOffsets = this.opOffsets;
    let nOperands = 0;
    if (lex.kind === Tok.PercentIdentifier) {
      for (;;) {
        if (lex.kind !== Tok.PercentIdentifier) p.wrongToken("expected SSA operand");
        opOffsets[nOperands] = lex.start;
        opNames[nOperands] = this.nameKey();
        lex.next();
        opNumbers[nOperands] = p.tok() === Tok.HashIdentifier ? this.parseResultNumber() : 0;
        nOperands++;
        if (p.tok() !== Tok.Comma) break;
        lex.next();
      }
    }
    p.expect(Tok.RParen, "expected ')' to end operand list");
    // Successors.
    let successors: Block[] | null = null;
    if (lex.kind === Tok.LSquare) {
      if (!name.mightHaveTrait(OpTrait.IsTerminator)) p.error("successors in non-terminator");
      lex.next();
      successors = [];
      if (p.tok() === Tok.RSquare) p.wrongToken("expected list element");
      for (;;) {
        if (p.tok() !== Tok.CaretIdentifier) p.wrongToken("expected block name");
        successors.push(this.blockNamed(lex.spelling(), lex.start));
        lex.next();
        if (!p.consumeIf(Tok.Comma)) break;
      }
      p.expect(Tok.RSquare, "expected ',' or ']'");
    }
    // Properties.
    let properties: Attribute | null = null;
    if (lex.kind === Tok.Less) {
      lex.next();
      properties = parseAttribute(p);
      p.expect(Tok.Greater, "expected '>' to close properties");
    }
    // Regions: hand over to the frame stack.
    if (lex.kind === Tok.LParen) {
      lex.next();
      const pending = new PendingOp(
        nameOffset,
        startOffset,
        singleName !== null ? [singleName] : resultNames,
        singleName !== null ? [1] : resultCounts,
        singleName !== null ? [startOffset] : resultOffsets,
        name,
        opNames.slice(0, nOperands),
        opNumbers.slice(0, nOperands),
        opOffsets.slice(0, nOperands),
        successors,
        properties,
        block,
      );
      const base = this.frames.length;
      this.beginRegion(pending);
      // Inside the main loop, it continues with the new frame; at the top
      // level, run a loop until this operation is finished.
      if (this.loopDepth === 0 && this.frames.length > base) this.runFrames(base);
      return;
    }
    const op = this.finishOperation(name, nameOffset, opNames, opNumbers, opOffsets, nOperands, successors, properties, null);
    block.append(op);
    this.bindResults(op, startOffset, singleName, resultNames, resultCounts, resultOffsets, numExpected);
  }

  /** Finishes a generic op whose regions have all been parsed. */
  private finishGenericOp(pending: PendingOp): void {
    const op = this.finishOperation(
      pending.name,
      pending.nameOffset,
      pending.operandNames,
      pending.operandNumbers,
      pending.operandOffsets,
      pending.operandNames.length,
      pending.successors,
      pending.properties,
      pending.regions,
    );
    pending.parentBlock.append(op);
    let numExpected = 0;
    if (pending.resultCounts !== null) for (const c of pending.resultCounts) numExpected += c;
    const names = pending.resultNames;
    if (names !== null && names.length === 1 && pending.resultCounts![0] === 1) {
      this.bindResults(op, pending.startOffset, names[0]!, null, null, null, 1);
    } else {
      this.bindResults(op, pending.startOffset, null, names, pending.resultCounts, pending.resultOffsets, numExpected);
    }
  }

  /**
   * Parses what follows the regions of a generic op (attribute dictionary,
   * `:` function type, location), resolves the operands and creates the op.
   */
  private finishOperation(
    name: OperationName,
    nameOffset: number,
    opNames: NameKey[],
    opNumbers: number[],
    opOffsets: number[],
    nOperands: number,
    successors: Block[] | null,
    properties: Attribute | null,
    regions: Region[] | null,
  ): Operation {
    const p = this.p;
    const lex = p.lex;
    // Properties written as `<{...}>` (not moved from the attribute dictionary).
    const fromPropertyDict = properties !== null;
    let attributes: DictionaryAttr | null = null;
    if (lex.kind === Tok.LBrace) {
      attributes = parseDictionaryAttr(p);
      if (attributes.size === 0) attributes = null;
    }
    p.expect(Tok.Colon, "expected ':' followed by operation type");
    // The function type: read the operand and result types directly instead
    // of building (and uniquing) a FunctionType for every operation. As in
    // MLIR (parseType, then parseFunctionType), a `(` must start a function
    // type; any other type is accepted when it is one (through an alias).
    const typeOffset = lex.start;
    const types = this.typeScratch;
    let nInputs = 0;
    let nResults = 0;
    let resultStart = 0;
    if (lex.kind !== Tok.LParen) {
      const t = parseType(p);
      if (!(t instanceof FunctionType)) return p.error("expected function type", typeOffset);
      for (const ty of t.inputs) types[nInputs++] = ty;
      resultStart = nInputs;
      for (const ty of t.results) types[resultStart + nResults++] = ty;
    } else {
      lex.next();
      if (p.tok() !== Tok.RParen) {
        for (;;) {
          types[nInputs++] = parseType(p);
          if (p.tok() !== Tok.Comma) break;
          lex.next();
        }
      }
      p.expect(Tok.RParen, "expected ')'");
      p.expect(Tok.Arrow, "expected '->' in function type");
      resultStart = nInputs;
      if (p.tok() === Tok.LParen) {
        lex.next();
        if (p.tok() !== Tok.RParen) {
          for (;;) {
            types[resultStart + nResults++] = parseType(p);
            if (p.tok() !== Tok.Comma) break;
            lex.next();
          }
        }
        p.expect(Tok.RParen, "expected ')'");
      } else {
        // function-result-type ::= type-list-parens | non-function-type
        // (which may be an alias of a function type, as in MLIR).
        types[resultStart + nResults++] = parseType(p);
      }
    }
    if (nInputs !== nOperands) {
      p.error(`expected ${nOperands} operand type${nOperands === 1 ? "" : "s"} but had ${nInputs}`, typeOffset);
    }
    // Inherent attributes written in the discardable dictionary move to the
    // properties of registered ops, as in MLIR.
    const def = name.def;
    if (def !== null && properties === null && attributes !== null && def.inherentAttrs !== undefined) {
      const split = splitInherent(p, attributes, def.inherentAttrs);
      properties = split[0];
      attributes = split[1];
    }
    const op = new Operation(name);
    if (nResults > 0) {
      const results = new Array<OpResult>(nResults);
      for (let i = 0; i < nResults; i++) results[i] = new OpResult(types[resultStart + i]!, op, i);
      op.results = results;
    }
    if (nOperands > 0) {
      const operands = new Array<OpOperand>(nOperands);
      for (let i = 0; i < nOperands; i++) {
        operands[i] = new OpOperand(this.resolveOperand(opNames[i]!, opNumbers[i]!, opOffsets[i]!, types[i]!), op, i);
      }
      op.operands = operands;
    }
    if (successors !== null) op.setSuccessors(successors);
    op.properties = properties;
    op.attributes = attributes;
    if (def !== null && properties !== null && def.propertyConversionError !== undefined && fromPropertyDict) {
      const why = def.propertyConversionError(properties);
      if (why !== null) p.error(`invalid properties ${printAttribute(properties)} for op ${name.name}: ${why}`, nameOffset);
    }
    if (def !== null && def.completeProperties !== undefined) def.completeProperties(op);
    if (regions !== null) for (let i = 0; i < regions.length; i++) op.addRegion(regions[i]!);
    op.setLazyLocation(p.locations, nameOffset);
    this.parseTrailingLocation(op);
    return op;
  }

  /** trailing-location ::= `loc` `(` (location | #alias) `)` */
  parseTrailingLocation(target: Operation | BlockArgument): void {
    const p = this.p;
    if (!p.isKeyword("loc")) return;
    p.consume();
    p.expect(Tok.LParen, "expected '(' in location");
    if (p.tok() === Tok.HashIdentifier && !p.spelling().includes(".")) {
      const offset = p.lex.start;
      const alias = p.spelling().slice(1);
      p.consume();
      const attr = p.attrAliases.get(alias);
      if (attr !== undefined) {
        if (!(attr instanceof LocationAttr)) p.error(`expected location, but found '${printAttribute(attr)}'`, offset);
        target.location = attr;
      } else {
        this.deferredLocs.push({ target, alias, offset });
      }
    } else {
      target.location = parseLocationInstance(p);
    }
    p.expect(Tok.RParen, "expected ')' in location");
  }

  /** custom-operation ::= bare-id custom-operation-format */
  private parseCustomOperation(singleName: NameKey | null, resultNames: NameKey[] | null, resultCounts: number[] | null): Operation {
    const p = this.p;
    const nameOffset = p.lex.start;
    // A registered name written in full is found by its span: no string per operation.
    let on = p.customOpNameSpans.get(nameOffset, p.lex.end);
    if (on === undefined) {
      const original = p.spelling();
      let name = original;
      const ctx = p.ctx;
      on = ctx.operationName(name);
      if (on.def === null && name.indexOf(".") < 0) {
        const dd = p.defaultDialects[p.defaultDialects.length - 1]!;
        name = `${dd}.${name}`;
        on = ctx.operationName(name);
      }
      if (on.def === null || on.def.parse === undefined) this.unknownCustomOp(on, original, name, nameOffset);
      if (name === original) p.customOpNameSpans.set(nameOffset, p.lex.end, original, on);
    }
    const def = on.def!;
    p.consume();
    p.defaultDialects.push(def.defaultDialect ?? "");
    // One custom parser per nesting level, reused (a custom parser parses
    // the regions of its operation, whose operations use the next level).
    const depth = this.customDepth++;
    let cp = this.customParsers[depth];
    if (cp === undefined) this.customParsers.push((cp = new CustomOpParser(this)));
    cp.reset(on, nameOffset, singleName, resultNames, resultCounts);
    try {
      def.parse!(cp, cp);
      // The parser is its own state, and the state what `create` reads.
      const op = Operation.create(on, cp);
      op.setLazyLocation(p.locations, nameOffset);
      // Ops a custom parser made itself (implicit terminators) take the op's
      // location, as MLIR builds them at `result.location`.
      const regions = op.regions;
      for (let i = 0; i < regions.length; i++) {
        for (let b = regions[i]!.first; b !== null; b = b.next) {
          for (let o = b.first; o !== null; o = o.next) if (o.loc === null) o.setLazyLocation(p.locations, nameOffset);
        }
      }
      this.parseTrailingLocation(op);
      return op;
    } finally {
      this.customDepth--;
      p.defaultDialects.pop();
    }
  }

  private unknownCustomOp(on: OperationName, original: string, name: string, nameOffset: number): never {
    const p = this.p;
    const ctx = p.ctx;
    const tried = original !== name ? ` (tried '${name}' as well)` : "";
    if (on.dialect === null) {
      const d = new Diagnostic(Severity.Error, `Dialect \`${on.dialectName}' not found for custom op '${original}' ${tried}`, p.locationAt(nameOffset));
      d.attachNote(
        `Available dialects: ${ctx.loadedDialects.map((x) => x.name).join(", ")} ; for more info on dialect registration see https://mlir.llvm.org/getting_started/Faq/#registered-loaded-dependent-whats-up-with-dialects-management`,
        p.locationAt(nameOffset),
      );
      throw new ParseError(d);
    }
    return p.error(`custom op '${original}' is unknown${tried}`, nameOffset);
  }

  // ---- Top level --------------------------------------------------------------------

  /**
   * Parses the whole input: operations, attribute/type alias definitions and
   * file metadata, into `block`. Then checks for undefined values and blocks
   * and resolves deferred location aliases.
   */
  parseTopLevel(block: Block): void {
    const p = this.p;
    for (;;) {
      switch (p.tok()) {
        case Tok.Eof:
          this.finalize();
          return;
        case Tok.HashIdentifier:
          this.parseAttributeAliasDef();
          break;
        case Tok.ExclamationIdentifier:
          this.parseTypeAliasDef();
          break;
        case Tok.FileMetadataBegin:
          parseFileMetadata(p);
          break;
        default:
          this.parseOperation(block);
      }
    }
  }

  /** attribute-alias-def ::= `#` alias-name `=` attribute-value */
  private parseAttributeAliasDef(): void {
    const p = this.p;
    const name = p.spelling().slice(1);
    if (p.attrAliases.has(name)) p.error(`redefinition of attribute alias id '${name}'`);
    if (name.includes(".")) p.error("attribute names with a '.' are reserved for dialect-defined names");
    p.consume();
    p.expect(Tok.Equal, "expected '=' in attribute alias definition");
    p.attrAliases.set(name, parseAttribute(p));
  }

  /** type-alias-def ::= `!` alias-name `=` type */
  private parseTypeAliasDef(): void {
    const p = this.p;
    const name = p.spelling().slice(1);
    if (p.typeAliases.has(name)) p.error(`redefinition of type alias id '${name}'`);
    if (name.includes(".")) p.error("type names with a '.' are reserved for dialect-defined names");
    p.consume();
    p.expect(Tok.Equal, "expected '=' in type alias definition");
    p.typeAliases.set(name, parseType(p));
  }

  private finalize(): void {
    const p = this.p;
    if (this.forwardRefs.size > 0) {
      const first = Math.min(...this.forwardRefs.values());
      p.error("use of undeclared SSA value name", first);
    }
    for (const d of this.deferredLocs) {
      const attr = p.attrAliases.get(d.alias);
      if (attr === undefined) return p.error("operation location alias was never defined", d.offset);
      if (!(attr instanceof LocationAttr)) return p.error(`expected location, but found '${printAttribute(attr)}'`, d.offset);
      d.target.location = attr;
    }
    this.popScope();
  }
}

/** Splits `attrs` into (inherent → properties, rest). */
function splitInherent(p: ParserState, attrs: DictionaryAttr, inherent: readonly string[]): [DictionaryAttr | null, DictionaryAttr | null] {
  const pn: string[] = [];
  const pv: Attribute[] = [];
  const dn: string[] = [];
  const dv: Attribute[] = [];
  for (let i = 0; i < attrs.names.length; i++) {
    const n = attrs.names[i]!;
    if (inherent.includes(n)) pn.push(n), pv.push(attrs.values[i]!);
    else dn.push(n), dv.push(attrs.values[i]!);
  }
  return [
    pn.length > 0 ? DictionaryAttr.fromParallel(p.ctx, pn, pv, pn.length) : null,
    dn.length > 0 ? DictionaryAttr.fromParallel(p.ctx, dn, dv, dn.length) : null,
  ];
}
