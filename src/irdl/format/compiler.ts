/**
 * Compiles an ODS assembly format string into elements (checking variables
 * and directives against the operation's definition) and assigns ODS's
 * spacing rules to them.
 */
import type { OpDef } from "../op-def.js";
import { Kind, mk, Ref, type AnyEl, type OptionalEl, type TypeEl, type VarEl } from "./elements.js";
import { FormatError, FTok, lexFormat, type FToken } from "./format-lexer.js";
import type { CustomDirective } from "./parse-state.js";

export class FormatCompiler {
  private pos = 0;
  private readonly toks: FToken[];
  /** Properties printed by a variable (not by attr-dict). */
  readonly printedProps = new Set<string>();
  /** Operand groups whose types the format gives. */
  readonly typedOperands = new Set<number>();
  readonly typedResults = new Set<number>();
  usesPropDict = false;

  constructor(
    readonly def: OpDef,
    readonly format: string,
    readonly custom: Readonly<Record<string, CustomDirective>>,
  ) {
    this.toks = lexFormat(format, def.name);
  }

  fail(msg: string): never {
    const t = this.toks[this.pos]!;
    throw new FormatError(`'${this.def.name}' format: ${msg} (at offset ${t.offset} of "${this.format}")`);
  }

  private peek(): FToken {
    return this.toks[this.pos]!;
  }
  private next(): FToken {
    return this.toks[this.pos++]!;
  }
  private expect(k: FTok, what: string): FToken {
    const t = this.next();
    if (t.kind !== k) {
      this.pos--;
      this.fail(`expected ${what}`);
    }
    return t;
  }

  compile(): AnyEl[] {
    const els: AnyEl[] = [];
    while (this.peek().kind !== FTok.End) els.push(this.element(false));
    return els;
  }

  private element(inGroup: boolean): AnyEl {
    const t = this.next();
    switch (t.kind) {
      case FTok.Literal: {
        if (t.value === "" || t.value === " ") return mk({ kind: Kind.Space, space: t.value === " " });
        if (t.value === "\\n") return mk({ kind: Kind.Newline, space: false });
        const c = t.value.charCodeAt(0);
        const keyword = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
        return mk({ kind: Kind.Literal, text: t.value, keyword, space: false, printed: t.value });
      }
      case FTok.Variable:
        return this.variable(t.value);
      case FTok.LParen:
        if (inGroup) this.fail("nested optional groups are not supported");
        return this.optionalGroup();
      case FTok.Keyword:
        return this.directive(t.value);
      default:
        this.pos--;
        return this.fail(`unexpected '${t.value}'`);
    }
  }

  private variable(name: string): VarEl {
    const d = this.def;
    let i = d.operands.findIndex((o) => o.name === name);
    if (i >= 0) return mk({ kind: Kind.Operand, ref: Ref.Operand, group: i, name, space: false });
    i = d.props.findIndex((p) => p.name === name);
    if (i >= 0) {
      this.printedProps.add(name);
      return mk({ kind: Kind.Attr, ref: Ref.Prop, group: i, name, space: false });
    }
    i = d.regions.findIndex((r) => r.name === name);
    if (i >= 0) return mk({ kind: Kind.Region, ref: Ref.Region, group: i, name, space: false });
    i = d.successors.findIndex((r) => r.name === name);
    if (i >= 0) return mk({ kind: Kind.Successor, ref: Ref.Successor, group: i, name, space: false });
    i = d.results.findIndex((r) => r.name === name);
    if (i >= 0) this.fail(`result '$${name}' can only be used in type directives`);
    return this.fail(`unknown variable '$${name}'`);
  }

  /** The target of `type(...)`: an operand or result group, `operands` or `results`. */
  private typeTarget(): TypeEl {
    const t = this.next();
    if (t.kind === FTok.Keyword && t.value === "operands") {
      for (let i = 0; i < this.def.operands.length; i++) this.typedOperands.add(i);
      return mk({ kind: Kind.Type, ref: Ref.AllOperands, group: -1, space: false });
    }
    if (t.kind === FTok.Keyword && t.value === "results") {
      for (let i = 0; i < this.def.results.length; i++) this.typedResults.add(i);
      return mk({ kind: Kind.Type, ref: Ref.AllResults, group: -1, space: false });
    }
    if (t.kind !== FTok.Variable) {
      this.pos--;
      this.fail("expected a variable, 'operands' or 'results' in type directive");
    }
    let i = this.def.operands.findIndex((o) => o.name === t.value);
    if (i >= 0) {
      this.typedOperands.add(i);
      return mk({ kind: Kind.Type, ref: Ref.Operand, group: i, space: false });
    }
    i = this.def.results.findIndex((o) => o.name === t.value);
    if (i >= 0) {
      this.typedResults.add(i);
      return mk({ kind: Kind.Type, ref: Ref.Result, group: i, space: false });
    }
    this.pos--;
    return this.fail(`unknown operand or result '$${t.value}' in type directive`);
  }

  private directive(word: string): AnyEl {
    switch (word) {
      case "attr-dict":
        return mk({ kind: Kind.AttrDict, withKeyword: false, space: false });
      case "attr-dict-with-keyword":
        return mk({ kind: Kind.AttrDict, withKeyword: true, space: false });
      case "prop-dict":
        this.usesPropDict = true;
        return mk({ kind: Kind.PropDict, withKeyword: false, space: false });
      case "type": {
        this.expect(FTok.LParen, "'('");
        const el = this.typeTarget();
        this.expect(FTok.RParen, "')'");
        return el;
      }
      case "qualified": {
        this.expect(FTok.LParen, "'('");
        const inner = this.element(true);
        this.expect(FTok.RParen, "')'");
        return inner;
      }
      case "functional-type": {
        this.expect(FTok.LParen, "'('");
        const inputs = this.typeTarget();
        this.expect(FTok.Comma, "','");
        const results = this.typeTarget();
        this.expect(FTok.RParen, "')'");
        return mk({ kind: Kind.FunctionalType, inputs, results, space: false });
      }
      case "operands":
        return mk({ kind: Kind.Operand, ref: Ref.AllOperands, group: -1, name: "operands", space: false });
      case "regions":
        return mk({ kind: Kind.Region, ref: Ref.AllRegions, group: -1, name: "regions", space: false });
      case "successors":
        return mk({ kind: Kind.Successor, ref: Ref.AllSuccessors, group: -1, name: "successors", space: false });
      case "custom": {
        this.expect(FTok.Less, "'<'");
        const name = this.expect(FTok.Keyword, "a directive name").value;
        this.expect(FTok.Greater, "'>'");
        const directive = this.custom[name];
        if (directive === undefined) this.fail(`unknown custom directive '${name}'`);
        this.expect(FTok.LParen, "'('");
        const args: string[] = [];
        while (this.peek().kind !== FTok.RParen) {
          const a = this.next();
          if (a.kind === FTok.Variable) {
            args.push(a.value);
            if (this.def.props.some((p) => p.name === a.value)) this.printedProps.add(a.value);
          } else if (a.kind === FTok.Keyword && (a.value === "type" || a.value === "ref" || a.value === "qualified")) {
            this.expect(FTok.LParen, "'('");
            const tv = this.next();
            if (a.value === "type" || (a.value === "qualified" && tv.kind === FTok.Keyword)) {
              if (tv.kind === FTok.Keyword) {
                this.expect(FTok.LParen, "'('");
                const inner = this.next();
                this.expect(FTok.RParen, "')'");
                args.push("type:" + inner.value);
                this.markTyped(inner.value);
              } else {
                args.push("type:" + tv.value);
                this.markTyped(tv.value);
              }
            } else {
              args.push("ref:" + tv.value);
            }
            this.expect(FTok.RParen, "')'");
          } else if (a.kind === FTok.Keyword && a.value === "attr-dict") {
            args.push("attr-dict");
          } else {
            this.pos--;
            this.fail("unexpected custom directive argument");
          }
          if (this.peek().kind === FTok.Comma) this.next();
        }
        this.expect(FTok.RParen, "')'");
        return mk({ kind: Kind.Custom, directive, args, space: false });
      }
      default:
        return this.fail(`unknown directive '${word}'`);
    }
  }

  private markTyped(name: string): void {
    const i = this.def.operands.findIndex((o) => o.name === name);
    if (i >= 0) this.typedOperands.add(i);
    const j = this.def.results.findIndex((o) => o.name === name);
    if (j >= 0) this.typedResults.add(j);
  }

  private optionalGroup(): OptionalEl {
    const then: AnyEl[] = [];
    let anchor: AnyEl | null = null;
    while (this.peek().kind !== FTok.RParen) {
      if (this.peek().kind === FTok.End) this.fail("unterminated optional group");
      const el = this.element(true);
      then.push(el);
      if (this.peek().kind === FTok.Caret) {
        this.next();
        anchor = el;
      }
    }
    this.next();
    const els: AnyEl[] = [];
    if (this.peek().kind === FTok.Colon) {
      this.next();
      this.expect(FTok.LParen, "'(' of the else group");
      while (this.peek().kind !== FTok.RParen) els.push(this.element(true));
      this.next();
    }
    this.expect(FTok.Question, "'?' after optional group");
    if (anchor === null) this.fail("optional group has no anchor ('^')");
    const first = then.find((e) => e.kind !== Kind.Space && e.kind !== Kind.Newline);
    if (first === undefined) this.fail("empty optional group");
    return mk({ kind: Kind.Optional, then, else: els, anchor, space: false });
  }
}

/**
 * Sets each element's `space` flag with ODS's spacing rules (MLIR's
 * `OpFormatGen`): literals get a space unless they are punctuation that
 * hugs its neighbour, other elements get one unless they follow an opening
 * bracket or an empty literal. Computed once, in format order, groups
 * included, as ODS computes it when it generates the printer.
 */
export function assignSpacing(els: AnyEl[], state: { shouldEmitSpace: boolean; lastWasPunctuation: boolean }): void {
  for (const el of els) {
    switch (el.kind) {
      case Kind.Literal: {
        const v = el.text;
        el.space = state.shouldEmitSpace && spaceBeforeLiteral(v, state.lastWasPunctuation);
        el.printed = el.space ? " " + v : v;
        state.shouldEmitSpace = v.length !== 1 || !"<({[".includes(v[0]!);
        state.lastWasPunctuation = v[0] !== "_" && !/[A-Za-z]/.test(v[0]!);
        break;
      }
      case Kind.Space:
        state.lastWasPunctuation = !el.space;
        state.shouldEmitSpace = false;
        break;
      case Kind.Newline:
        state.shouldEmitSpace = false;
        break;
      case Kind.Optional:
        assignSpacing(el.then, state);
        if (el.else.length > 0) assignSpacing(el.else, state);
        break;
      case Kind.AttrDict:
        state.lastWasPunctuation = false;
        break;
      default:
        el.space = state.shouldEmitSpace || !state.lastWasPunctuation;
        state.lastWasPunctuation = false;
        state.shouldEmitSpace = true;
    }
  }
}

/**
 * Elements that write their leading space unconditionally (not attributes:
 * a unit-attribute anchor of an optional group prints nothing at all).
 */
const spacedKinds = new Set<Kind>([Kind.Operand, Kind.Type, Kind.FunctionalType, Kind.Region, Kind.Successor, Kind.Custom]);

/**
 * Moves the leading space of an element that follows a literal into the
 * literal's printed text (`","` + `" " %b` prints as `", "` + `%b`): the
 * same output in fewer writes. Within one element list only, after
 * {@link assignSpacing}.
 */
export function foldSpaces(els: readonly AnyEl[]): void {
  for (let i = 0; i < els.length; i++) {
    const el = els[i]!;
    if (el.kind === Kind.Optional) {
      foldSpaces(el.then);
      foldSpaces(el.else);
      continue;
    }
    const next = els[i + 1];
    if (el.kind === Kind.Literal && next !== undefined && next.space && spacedKinds.has(next.kind)) {
      el.printed += " ";
      next.space = false;
    }
  }
}

function spaceBeforeLiteral(v: string, lastWasPunctuation: boolean): boolean {
  if (v.length !== 1 && v !== "->") return true;
  if (lastWasPunctuation) return !">)}],".includes(v[0]!);
  return !"<>(){}[],".includes(v[0]!);
}
