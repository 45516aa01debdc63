/**
 * The elements a compiled assembly format is made of (one per literal,
 * variable and directive), all of one hidden class.
 */
import type { CustomDirective } from "./parse-state.js";

/** How an element relates to the printer's spacing state (see {@link Spacing}). */
export const enum Kind {
  Literal,
  Space,
  Newline,
  Operand,
  Attr,
  Type,
  FunctionalType,
  AttrDict,
  PropDict,
  Region,
  Successor,
  Custom,
  Optional,
}

/** What a variable or directive refers to. */
export const enum Ref {
  Operand,
  Result,
  Prop,
  Region,
  Successor,
  AllOperands,
  AllResults,
  AllRegions,
  AllSuccessors,
}

export interface Element {
  kind: Kind;
  /** Print a space before this element (computed from ODS's spacing rules). */
  space: boolean;
}

export interface LiteralEl extends Element {
  kind: Kind.Literal;
  text: string;
  keyword: boolean;
  /** What the printer writes: the text, with its space when it has one (built once). */
  printed: string;
}
export interface VarEl extends Element {
  kind: Kind.Operand | Kind.Attr | Kind.Region | Kind.Successor;
  ref: Ref;
  group: number;
  name: string;
}
export interface TypeEl extends Element {
  kind: Kind.Type;
  ref: Ref;
  group: number;
}
export interface FunctionalTypeEl extends Element {
  kind: Kind.FunctionalType;
  inputs: TypeEl;
  results: TypeEl;
}
export interface DictEl extends Element {
  kind: Kind.AttrDict | Kind.PropDict;
  withKeyword: boolean;
}
export interface CustomEl extends Element {
  kind: Kind.Custom;
  directive: CustomDirective;
  args: string[];
}
export interface OptionalEl extends Element {
  kind: Kind.Optional;
  then: AnyEl[];
  else: AnyEl[];
  anchor: AnyEl;
}
export interface SpaceEl extends Element {
  kind: Kind.Space | Kind.Newline;
}
export type AnyEl = LiteralEl | VarEl | TypeEl | FunctionalTypeEl | DictEl | CustomEl | OptionalEl | SpaceEl;

/**
 * Every element has all fields, in one order: the parse and print loops
 * read `kind`, `space`... on elements of every kind, and one hidden class
 * keeps those loads monomorphic (eight object-literal shapes made them
 * megamorphic).
 */
class ElementFields {
  kind: Kind = Kind.Space;
  space = false;
  text = "";
  keyword = false;
  printed = "";
  ref: Ref = Ref.Operand;
  group = -1;
  name = "";
  withKeyword = false;
  inputs: unknown = null;
  results: unknown = null;
  directive: unknown = null;
  args: unknown = null;
  then: unknown = null;
  else: unknown = null;
  anchor: unknown = null;
}

/** Makes an element with the one shape of {@link ElementFields}. */
export function mk<E extends AnyEl>(fields: E): E {
  return Object.assign(new ElementFields(), fields) as unknown as E;
}

