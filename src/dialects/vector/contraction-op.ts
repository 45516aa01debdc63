import type { Attribute } from "../../ir/attribute.js";
import { opError } from "../../ir/diagnostic.js";
import { affineMapAttr, anyType, anyVector, arrayOf } from "../../irdl/constraint.js";
import { defaultProp, defineOp } from "../../irdl/op-def.js";
import { Pure } from "../../irdl/traits.js";
import { AffineMapAttr } from "../builtin/attributes/affine-map-attr.js";
import { ArrayAttr } from "../builtin/attributes/array-attr.js";
import { DictionaryAttr } from "../builtin/attributes/dictionary-attr.js";
import { BuiltinKind } from "../builtin/kind.js";
import { CombiningKindAttr, IteratorTypeAttr } from "./attributes.js";
import { StringAttr } from "../builtin/attributes/string-attr.js";
import { splitAttrs } from "./utils.js";

// ---- Contraction ----------------------------------------------------------------------------

const contractTraitAttrs = ["indexing_maps", "iterator_types", "kind"];

/**
 * `vector.contract {indexing_maps = [...], iterator_types = ["parallel", ...], kind = #vector.kind<add>}
 * %a, %b, %acc : vector<4x8xf32>, vector<8x4xf32> into vector<4x4xf32>`.
 */
export class ContractionOp extends defineOp({
  name: "vector.contract",
  operands: { lhs: anyVector, rhs: anyVector, acc: anyType },
  results: { result: anyType },
  properties: {
    indexing_maps: arrayOf(affineMapAttr, "AffineMap array attribute"),
    iterator_types: arrayOf(IteratorTypeAttr.constraint, "Iterator type should be an enum."),
    kind: defaultProp(CombiningKindAttr.constraint, (ctx) => CombiningKindAttr.get(ctx, 1)),
  },
  traits: [Pure],
  parse(parser, state) {
    const ctx = parser.context;
    const at = parser.currentOffset();
    const d = parser.parseAttribute();
    if (d.kind !== BuiltinKind.DictionaryAttr) parser.emitError("expected a dictionary of contraction attributes", at);
    const dict = d as DictionaryAttr;
    const props = new Map<string, Attribute>();
    const leading: [string, Attribute][] = [];
    for (let i = 0; i < dict.names.length; i++) {
      const n = dict.names[i]!;
      let v = dict.values[i]!;
      if (!ContractionOp.def.inherentAttrs.includes(n)) {
        leading.push([n, v]);
        continue;
      }
      if (n === "iterator_types" && v.kind === BuiltinKind.ArrayAttr) {
        v = ArrayAttr.get(
          ctx,
          (v as ArrayAttr).elements.map((e) => {
            if (e.kind !== BuiltinKind.StringAttr) return e;
            const name = (e as StringAttr).value;
            if (name !== "parallel" && name !== "reduction") parser.emitError(`unexpected iterator_type (${name})`, at);
            return IteratorTypeAttr.get(ctx, name);
          }),
        );
      }
      props.set(n, v);
    }
    if (!props.has("kind")) props.set("kind", CombiningKindAttr.get(ctx, 1));
    const lhs = parser.parseOperand();
    parser.parsePunctuation(",");
    const rhs = parser.parseOperand();
    parser.parsePunctuation(",");
    const acc = parser.parseOperand();
    const [extra, trailing] = splitAttrs(ctx, parser.parseOptionalAttrDict(), ContractionOp.def.inherentAttrs);
    for (const [k, v] of extra) props.set(k, v);
    let attrs = trailing;
    for (const [k, v] of leading) attrs = DictionaryAttr.with(ctx, attrs, k, v);
    parser.parsePunctuation(":");
    const lt = parser.parseType();
    parser.parsePunctuation(",");
    const rt = parser.parseType();
    parser.parseKeyword("into");
    const resT = parser.parseType();
    state.operands = [parser.resolveOperand(lhs, lt), parser.resolveOperand(rhs, rt), parser.resolveOperand(acc, resT)];
    state.properties = DictionaryAttr.fromParallel(ctx, [...props.keys()], [...props.values()], props.size);
    state.attributes = attrs;
    state.resultTypes = [resT];
  },
  print(p, op) {
    const ctx = op.context;
    const def = ContractionOp.def;
    const names: string[] = [];
    const values: Attribute[] = [];
    for (const n of contractTraitAttrs) {
      let v = def.prop(op, n);
      if (v === undefined) continue;
      if (n === "iterator_types") {
        v = ArrayAttr.get(
          ctx,
          (v as ArrayAttr).elements.map((e) => StringAttr.get(ctx, (e as unknown as { caseName: string }).caseName)),
        );
      }
      names.push(n), values.push(v);
    }
    p.write(" ");
    p.printAttribute(DictionaryAttr.fromParallel(ctx, names, values, names.length));
    p.write(" ");
    p.printOperands(op.operands.map((o) => o.value));
    p.printOptionalAttrDict(op.attributes);
    p.write(" : ");
    p.printType(op.operands[0]!.value.type);
    p.write(", ");
    p.printType(op.operands[1]!.value.type);
    p.write(" into ");
    p.printType(op.results[0]!.type);
  },
  verify(op) {
    const maps = (ContractionOp.def.prop(op, "indexing_maps") as ArrayAttr).elements;
    if (maps.length !== 3) throw opError(op, "expected an indexing map for each vector operand");
    const iters = (ContractionOp.def.prop(op, "iterator_types") as ArrayAttr).elements.length;
    for (const m of maps) {
      if ((m as AffineMapAttr).map.numDims !== iters) throw opError(op, "expected indexing map 0 to have " + iters + " number of inputs");
    }
    if (op.results[0]!.type !== op.operands[2]!.value.type) throw opError(op, "failed to verify that result type matches accumulator type");
  },
}) {}
