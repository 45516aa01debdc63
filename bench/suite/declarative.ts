/**
 * Declarative against hand-written operation definitions: the same
 * operation (`lhs, rhs attr-dict : type`, both operands and the result of
 * one signless-integer-like type) defined once with `defineOp` and a format
 * string, once as a hand-written `OpDefinition` with its own parser,
 * printer and verifier, timed on 10,000 operations each. Named
 * `micro/declarative/<phase>-<how>`; the two variants of a phase should
 * take the same time.
 */
import type { InProcessBenchmark } from "./benchmark.js";
import type { Target } from "./target.js";

const count = 10_000;

/** The two dialects (`decl`, `hand`), built from the commit's API. */
function dialects(target: Target): { ctx: any; text: (ns: string) => string } {
  const Context = target.need("Context");
  const Dialect = target.need("Dialect");
  const defineOp = target.need("defineOp");
  const defineDialect = target.need("defineDialect");
  const signlessIntegerLike = target.need("signlessIntegerLike");
  const SameOperandsAndResultType = target.need("SameOperandsAndResultType");
  const Pure = target.need("Pure");
  const opError = target.need("opError");
  const printType = target.need("printType");

  const Decl = defineOp({
    name: "decl.add",
    operands: { lhs: signlessIntegerLike, rhs: signlessIntegerLike },
    results: { result: signlessIntegerLike },
    traits: [Pure, SameOperandsAndResultType],
    format: "$lhs `,` $rhs attr-dict `:` type($result)",
  });
  const decl = defineDialect("decl", { ops: [Decl] });

  // The same operation written by hand, as a dialect author would without irdl.
  const hand = new Dialect("hand", [
    {
      name: "hand.add",
      traits: Decl.def.traits,
      verify(op: any): void {
        if (op.operands.length !== 2) throw opError(op, `expected 2 operands, but found ${op.operands.length}`);
        if (op.results.length !== 1) throw opError(op, "requires one result");
        for (let i = 0; i < 2; i++) {
          const t = op.operands[i].value.type;
          if (!signlessIntegerLike.test(t)) throw opError(op, `operand #${i} must be signless-integer-like, but got '${printType(t)}'`);
        }
        const t = op.results[0].type;
        if (op.operands[0].value.type !== t || op.operands[1].value.type !== t) {
          throw opError(op, "requires the same type for all operands and results");
        }
      },
      parse(p: any, state: any): void {
        const at = p.currentOffset();
        const lhs = p.parseOperand();
        p.parsePunctuation(",");
        const rhs = p.parseOperand();
        state.attributes = p.parseOptionalAttrDict();
        const t = p.parseColonType();
        state.operands = p.resolveOperands([lhs, rhs], [t, t], at);
        state.resultTypes = [t];
      },
      print(p: any, op: any): void {
        p.write(" ");
        p.printOperand(op.operands[0].value);
        p.write(", ");
        p.printOperand(op.operands[1].value);
        p.printOptionalAttrDict(op.attributes);
        p.write(" : ");
        p.printType(op.results[0].type);
      },
    },
  ]);
  const ctx = new Context({ allowUnregisteredDialects: true });
  ctx.loadDialect(decl);
  ctx.loadDialect(hand);
  const text = (ns: string): string => {
    const lines = ["func.func @f(%a: i32) {"];
    lines.push(`  %0 = ${ns}.add %a, %a : i32`);
    for (let i = 1; i < count; i++) lines.push(`  %${i} = ${ns}.add %${i - 1}, %a : i32`);
    lines.push("  return", "}");
    return lines.join("\n") + "\n";
  };
  return { ctx, text };
}

function bench(phase: string, how: "declarative" | "handwritten", prepare: (target: Target, ns: string) => () => unknown): InProcessBenchmark {
  const ns = how === "declarative" ? "decl" : "hand";
  return { kind: "in-process", name: `micro/declarative/${phase}-${how}`, group: "micro", ops: count, prepare: (t) => prepare(t, ns) };
}

function parsed(target: Target, ns: string): { ctx: any; module: any; text: string } {
  const { ctx, text } = dialects(target);
  const loadAll = target.need("loadAllDialects");
  loadAll(ctx);
  const parseSourceString = target.need("parseSourceString");
  const t = text(ns);
  return { ctx, module: parseSourceString(ctx, t), text: t };
}

export function declarativeBenchmarks(): InProcessBenchmark[] {
  const out: InProcessBenchmark[] = [];
  for (const how of ["declarative", "handwritten"] as const) {
    out.push(
      bench("parse", how, (target, ns) => {
        const { ctx, text } = parsed(target, ns);
        const parseSourceString = target.need("parseSourceString");
        return () => parseSourceString(ctx, text);
      }),
      bench("verify", how, (target, ns) => {
        const verify = target.need("verify");
        const { module } = parsed(target, ns);
        return () => verify(module);
      }),
      bench("print", how, (target, ns) => {
        const print = target.need("printOperationBytes");
        const { module } = parsed(target, ns);
        return () => print(module);
      }),
    );
  }
  return out;
}
