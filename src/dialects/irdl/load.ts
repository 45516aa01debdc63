import type { Attribute, TypeAttribute } from "../../ir/attribute.js";
import type { Context } from "../../ir/context.js";
import { opError, opErrorPlain } from "../../ir/diagnostic.js";
import { Dialect } from "../../ir/dialect.js";
import type { AsmParser } from "../../ir/op-asm.js";
import type { Operation } from "../../ir/operation.js";
import { newUniquingTable } from "../../ir/uniquing.js";
import type { Value } from "../../ir/value.js";
import { anyType } from "../../irdl/constraint.js";
import { defineOp, variadic, variadicRegion, variadicSuccessor } from "../../irdl/op-def.js";
import { printAttribute, printType } from "../../print/attribute-printer.js";
import type { ArrayAttr } from "../builtin/attributes/array-attr.js";
import type { DenseArrayAttr } from "../builtin/attributes/dense-array-attr.js";
import type { StringAttr } from "../builtin/attributes/string-attr.js";
import type { SymbolRefAttr } from "../builtin/attributes/symbol-ref-attr.js";
import { BuiltinKind } from "../builtin/kind.js";
import { DynamicAttr, DynamicType, type IRDLVariadicity, VariadicityArrayAttr } from "./types.js";

/**
 * A constraint of an IRDL definition, compiled from its SSA constraint
 * values. Every value is a variable: the first attribute checked against it
 * binds it, later ones must be equal (IRDL's semantics, as MLIR verifies it).
 */
interface Node {
  /** Returns an error message, or null when `a` satisfies the constraint. */
  check(a: Attribute, env: Map<Node, Attribute>): string | null;
}

const quote = (a: Attribute): string => `'${a.isType ? printType(a as TypeAttribute) : printAttribute(a)}'`;

/** `TypeAttr`s in `irdl.is` stand for their type. */
function unwrap(a: Attribute): Attribute {
  return a.kind === BuiltinKind.TypeAttr ? (a as unknown as { value: TypeAttribute }).value : a;
}

/** The `dialect.name` base name of an attribute or type, as IRDL's `irdl.base "!builtin.integer"` names it. */
function baseName(a: Attribute): string {
  if (a instanceof DynamicType || a instanceof DynamicAttr) return `${a.dialect}.${a.name}`;
  switch (a.kind) {
    case BuiltinKind.IntegerType: return "builtin.integer";
    case BuiltinKind.IndexType: return "builtin.index";
    case BuiltinKind.FloatType: return `builtin.${(a as unknown as { name: string }).name}`;
    case BuiltinKind.ComplexType: return "builtin.complex";
    case BuiltinKind.TupleType: return "builtin.tuple";
    case BuiltinKind.NoneType: return "builtin.none";
    case BuiltinKind.FunctionType: return "builtin.function";
    case BuiltinKind.VectorType: return "builtin.vector";
    case BuiltinKind.RankedTensorType: return "builtin.tensor";
    case BuiltinKind.UnrankedTensorType: return "builtin.unranked_tensor";
    case BuiltinKind.MemRefType: return "builtin.memref";
    case BuiltinKind.UnrankedMemRefType: return "builtin.unranked_memref";
    case BuiltinKind.IntegerAttr: return "builtin.integer";
    case BuiltinKind.FloatAttr: return "builtin.float";
    case BuiltinKind.StringAttr: return "builtin.string";
    case BuiltinKind.ArrayAttr: return "builtin.array";
    case BuiltinKind.DictionaryAttr: return "builtin.dictionary";
    case BuiltinKind.TypeAttr: return "builtin.type";
    case BuiltinKind.UnitAttr: return "builtin.unit";
    case BuiltinKind.SymbolRefAttr: return "builtin.symbol_ref";
    default: return "";
  }
}

/** Compiles the constraint values of one definition body. */
class ConstraintCompiler {
  private readonly nodes = new Map<Value, Node>();
  constructor(private readonly defs: Map<string, { dialect: string; name: string }>) {}

  node(v: Value): Node {
    let n = this.nodes.get(v);
    if (n !== undefined) return n;
    const op = v.definingOp;
    if (op === null) throw new Error("IRDL constraint is not defined by an operation");
    n = this.make(op);
    this.nodes.set(v, n);
    return n;
  }

  private make(op: Operation): Node {
    const bind = (self: Node, a: Attribute, env: Map<Node, Attribute>, inner: () => string | null): string | null => {
      const bound = env.get(self);
      if (bound !== undefined) return bound === a ? null : `expected ${quote(bound)} but got ${quote(a)}`;
      const e = inner();
      if (e === null) env.set(self, a);
      return e;
    };
    switch (op.opName) {
      case "irdl.any": {
        const self: Node = { check: (a, env) => bind(self, a, env, () => null) };
        return self;
      }
      case "irdl.is": {
        const expected = unwrap(op.getInherentAttr("expected")!);
        const self: Node = { check: (a, env) => bind(self, a, env, () => (a === expected ? null : `expected ${quote(expected)} but got ${quote(a)}`)) };
        return self;
      }
      case "irdl.any_of":
      case "irdl.all_of": {
        const args = op.operands.map((o) => this.node(o.value));
        const all = op.opName === "irdl.all_of";
        const self: Node = {
          check: (a, env) =>
            bind(self, a, env, () => {
              if (all) {
                for (const c of args) {
                  const e = c.check(a, env);
                  if (e !== null) return e;
                }
                return null;
              }
              for (const c of args) {
                const trial = new Map(env);
                if (c.check(a, trial) === null) {
                  for (const [k, v] of trial) env.set(k, v);
                  return null;
                }
              }
              return `${quote(a)} does not satisfy the constraint`;
            }),
        };
        return self;
      }
      case "irdl.base": {
        const ref = op.getInherentAttr("base_ref") as SymbolRefAttr | undefined;
        const name = op.getInherentAttr("base_name") as StringAttr | undefined;
        const want = ref !== undefined ? this.defName(ref) : name!.value.slice(1);
        const self: Node = {
          check: (a, env) => bind(self, a, env, () => (baseName(a) === want ? null : `expected base type '${want}' but got ${quote(a)}`)),
        };
        return self;
      }
      case "irdl.parametric": {
        const want = this.defName(op.getInherentAttr("base_type") as SymbolRefAttr);
        const params = op.operands.map((o) => this.node(o.value));
        const self: Node = {
          check: (a, env) =>
            bind(self, a, env, () => {
              if (!(a instanceof DynamicType || a instanceof DynamicAttr) || baseName(a) !== want) return `expected base type '${want}' but got ${quote(a)}`;
              for (let i = 0; i < params.length; i++) {
                const e = params[i]!.check(a.params[i]!, env);
                if (e !== null) return e;
              }
              return null;
            }),
        };
        return self;
      }
      default:
        throw new Error(`unsupported IRDL constraint '${op.opName}'`);
    }
  }

  private defName(ref: SymbolRefAttr): string {
    const d = this.defs.get([ref.root, ...ref.nested].join("::"));
    return d === undefined ? [ref.root, ...ref.nested].join(".") : `${d.dialect}.${d.name}`;
  }
}

function stringsOf(a: Attribute | undefined): string[] {
  return a === undefined ? [] : (a as ArrayAttr).elements.map((e) => (e as StringAttr).value);
}

interface ValueDef {
  name: string;
  node: Node;
  variadicity: IRDLVariadicity;
}

/**
 * Sizes of each group, with the checks and messages of MLIR's IRDL
 * `getSegmentSizes`: with one optional or variadic group, its size is what
 * the single ones leave (an optional one at most 1); with more, they come
 * from `segmentName`, a discardable attribute of IRDL ops.
 */
function groupSizes(op: Operation, defs: readonly ValueDef[], count: number, what: string, segmentName: string): number[] {
  const n = defs.length;
  const variable = defs.filter((d) => d.variadicity !== "single").length;
  if (variable === 0) {
    if (count !== n) throw opErrorPlain(op, `op expects exactly ${n} ${what}s, but got ${count}`);
    return defs.map(() => 1);
  }
  if (variable === 1) {
    const size = count - n + 1;
    if (size < 0) throw opErrorPlain(op, `op expects at least ${n - 1} ${what}s, but got ${count}`);
    if (size > 1 && defs.some((d) => d.variadicity === "optional")) throw opErrorPlain(op, `op expects at most ${n} ${what}s, but got ${count}`);
    return defs.map((d) => (d.variadicity === "single" ? 1 : size));
  }
  const seg = op.getDiscardableAttr(segmentName);
  if (seg === undefined) throw opErrorPlain(op, `'${segmentName}' attribute is expected but not provided`);
  const et = seg.kind === BuiltinKind.DenseArrayAttr ? (seg as DenseArrayAttr).elementType : null;
  if (et === null || et.kind !== BuiltinKind.IntegerType || et.width !== 32) {
    throw opErrorPlain(op, `'${segmentName}' attribute is expected to be a dense i32 array`);
  }
  const a = seg as DenseArrayAttr;
  if (a.size !== n) throw opErrorPlain(op, `'${segmentName}' attribute for specifying ${what} segments must have ${n} elements, but got ${a.size}`);
  const sizes: number[] = [];
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const size = Number(BigInt.asIntN(32, a.rawElement(i)));
    if (size < 0) throw opErrorPlain(op, `'${segmentName}' attribute for specifying ${what} segments must have non-negative values`);
    const v = defs[i]!.variadicity;
    if (v === "single" && size !== 1) throw opErrorPlain(op, `element ${i} in '${segmentName}' attribute must be equal to 1`);
    if (v === "optional" && size > 1) throw opErrorPlain(op, `element ${i} in '${segmentName}' attribute must be equal to 0 or 1`);
    sizes.push(size);
    sum += size;
  }
  if (sum !== count) throw opErrorPlain(op, `sum of elements in '${segmentName}' attribute must be equal to the number of ${what}s`);
  return sizes;
}

/**
 * Checks one operation against its IRDL definition in MLIR's order and
 * words (`irdlOpVerifier`): operand then result group sizes, attributes,
 * operand types, result types.
 */
function verifyDynamicOp(op: Operation, operands: readonly ValueDef[], results: readonly ValueDef[], attrs: readonly ValueDef[]): void {
  const operandSizes = groupSizes(op, operands, op.operands.length, "operand", "operandSegmentSizes");
  const resultSizes = groupSizes(op, results, op.results.length, "result", "resultSegmentSizes");
  const env = new Map<Node, Attribute>();
  const fail = (msg: string): never => {
    throw opErrorPlain(op, msg);
  };
  for (const a of attrs) {
    const v = op.getDiscardableAttr(a.name);
    if (v === undefined) throw opError(op, `attribute ${JSON.stringify(a.name)} is expected but not provided`);
    const e = a.node.check(v, env);
    if (e !== null) fail(e);
  }
  const check = (defs: readonly ValueDef[], sizes: readonly number[], types: (i: number) => TypeAttribute): void => {
    let k = 0;
    for (let g = 0; g < defs.length; g++) {
      for (let i = 0; i < sizes[g]!; i++) {
        const e = defs[g]!.node.check(types(k++), env);
        if (e !== null) fail(e);
      }
    }
  };
  check(operands, operandSizes, (i) => op.operands[i]!.value.type);
  check(results, resultSizes, (i) => op.results[i]!.type);
}

const dynamicTable = newUniquingTable();

/**
 * Builds the dialects an IRDL module defines (`irdl.dialect` ops) and
 * returns them, ready for `context.loadDialect`. Types and attributes
 * become {@link DynamicType}s and {@link DynamicAttr}s (parameters checked
 * when parsed); operations check their operands, results and attributes
 * with IRDL's constraint semantics and print in the generic form.
 */
export function dialectsFromIRDL(module: Operation): Dialect[] {
  const out: Dialect[] = [];
  const defs = new Map<string, { dialect: string; name: string }>();
  const dialectOps: Operation[] = [];
  for (const b of module.regions[0]?.blocks ?? []) for (let o = b.first; o !== null; o = o.next) if (o.opName === "irdl.dialect") dialectOps.push(o);
  for (const d of dialectOps) {
    const dname = (d.getInherentAttr("sym_name") as StringAttr).value;
    for (let o = d.regions[0]!.first!.first; o !== null; o = o.next) {
      const n = o.getInherentAttr("sym_name") as StringAttr | undefined;
      if (n !== undefined) defs.set(`${dname}::${n.value}`, { dialect: dname, name: n.value });
    }
  }
  for (const d of dialectOps) {
    const dname = (d.getInherentAttr("sym_name") as StringAttr).value;
    const opDefs = [];
    const typeDefs = new Map<string, Node[]>();
    const attrDefs = new Map<string, Node[]>();
    for (let o = d.regions[0]!.first!.first; o !== null; o = o.next) {
      const name = (o.getInherentAttr("sym_name") as StringAttr).value;
      const cc = new ConstraintCompiler(defs);
      const body = o.regions[0]!.first!;
      const lists = new Map<string, ValueDef[]>();
      for (let c = body.first; c !== null; c = c.next) {
        if (c.opName === "irdl.operands" || c.opName === "irdl.results" || c.opName === "irdl.parameters") {
          const names = stringsOf(c.getInherentAttr("names"));
          const vs = (c.getInherentAttr("variadicity") as VariadicityArrayAttr | undefined)?.values ?? [];
          lists.set(c.opName, c.operands.map((u, i) => ({ name: names[i] ?? String(i), node: cc.node(u.value), variadicity: vs[i] ?? "single" })));
        } else if (c.opName === "irdl.attributes") {
          const names = stringsOf(c.getInherentAttr("attributeValueNames"));
          lists.set(c.opName, c.operands.map((u, i) => ({ name: names[i]!, node: cc.node(u.value), variadicity: "single" as const })));
        }
      }
      if (o.opName === "irdl.operation") {
        const operands = lists.get("irdl.operands") ?? [];
        const results = lists.get("irdl.results") ?? [];
        const attrs = lists.get("irdl.attributes") ?? [];
        opDefs.push(
          defineOp({
            name: `${dname}.${name}`,
            // Any shape: the IRDL verifier below checks counts with IRDL's messages.
            operands: { operands: variadic(anyType) },
            results: { results: variadic(anyType) },
            regions: { regions: variadicRegion() },
            successors: { successors: variadicSuccessor() },
            verify: (op) => verifyDynamicOp(op, operands, results, attrs),
          }).def,
        );
      } else if (o.opName === "irdl.type") {
        typeDefs.set(name, (lists.get("irdl.parameters") ?? []).map((p) => p.node));
      } else if (o.opName === "irdl.attribute") {
        attrDefs.set(name, (lists.get("irdl.parameters") ?? []).map((p) => p.node));
      }
    }
    const parseParams = (p: AsmParser, nodes: readonly Node[], isType: boolean): Attribute[] => {
      const params: Attribute[] = [];
      if (nodes.length === 0) return params;
      const env = new Map<Node, Attribute>();
      p.parsePunctuation("<");
      for (let i = 0; i < nodes.length; i++) {
        if (i > 0) p.parsePunctuation(",");
        const at = p.currentOffset();
        const a = isType ? (p.parseOptionalType() ?? p.parseAttribute()) : p.parseAttribute();
        if (nodes[i]!.check(a, env) !== null) p.emitError(`${quote(a)} does not satisfy the constraint`, at);
        params.push(a);
      }
      p.parsePunctuation(">");
      return params;
    };
    const intern = <T>(ctx: Context, key: unknown[], make: () => T): T => ctx.trie<T>(dynamicTable).intern(key, key.length, make);
    out.push(
      new Dialect(dname, opDefs, {
        parseType:
          typeDefs.size === 0
            ? undefined
            : (p, mnemonic) => {
                const nodes = typeDefs.get(mnemonic);
                if (nodes === undefined) return p.emitError(`unknown type \`${mnemonic}\` in dialect \`${dname}\``, p.mnemonicOffset);
                const params = parseParams(p, nodes, true);
                return intern(p.context, [dname, mnemonic, ...params], () => new DynamicType(dname, mnemonic, params));
              },
        parseAttribute:
          attrDefs.size === 0
            ? undefined
            : (p, mnemonic) => {
                const nodes = attrDefs.get(mnemonic);
                if (nodes === undefined) return p.emitError(`unknown attribute \`${mnemonic}\` in dialect \`${dname}\``, p.mnemonicOffset);
                const params = parseParams(p, nodes, false);
                return intern(p.context, ["#", dname, mnemonic, ...params], () => new DynamicAttr(dname, mnemonic, params));
              },
      }),
    );
  }
  return out;
}
