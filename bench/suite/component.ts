/**
 * Component benchmarks: one phase of the pipeline (lex, parse, verify,
 * print in generic and custom form, clone, walk) on one workload, in
 * process, so that a regression can be located to its phase.
 * Named `component/<phase>/<workload>`.
 */
import { standardWorkloads, type Workload } from "../workloads/index.js";
import type { InProcessBenchmark } from "./benchmark.js";
import type { Target } from "./target.js";

const texts = new Map<string, string>();

/** Whether the workload being prepared is in custom syntax (read by `parse`). */
let preparingCustom = false;

function textOf(w: Workload): string {
  let t = texts.get(w.name);
  if (t === undefined) texts.set(w.name, (t = w.text()));
  return t;
}

/**
 * Parses `text` in a context with every dialect the commit has (commits
 * before dialects existed parse generic workloads with unregistered ops;
 * custom-syntax workloads need the dialects and are skipped there).
 */
function parse(target: Target, text: string, custom = preparingCustom): unknown {
  const Context = target.need("Context");
  const parseSourceString = target.need("parseSourceString");
  const ctx = new Context({ allowUnregisteredDialects: true });
  let load: ((c: unknown) => unknown) | null = null;
  try {
    load = target.need("loadAllDialects");
  } catch (e) {
    if (custom) throw e;
  }
  if (load !== null) load(ctx);
  return parseSourceString(ctx, text, { filename: "bench.mlir" });
}

function printer(target: Target, generic: boolean): (op: unknown) => unknown {
  try {
    const bytes = target.need("printOperationBytes");
    return (op) => bytes(op, { generic });
  } catch {
    const text = target.need("printOperation");
    return (op) => text(op, { generic });
  }
}

/** Phase name to the setup that returns the timed function. */
const phases: Record<string, (target: Target, text: string) => () => unknown> = {
  lex: (target, text) => {
    const Lexer = target.need("Lexer");
    // The token kinds are a const enum (erased): a fresh lexer's kind before
    // its first `next()` is the end-of-file kind.
    const eof = new Lexer("").kind;
    return () => {
      const lx = new Lexer(text);
      let n = 0;
      do {
        lx.next();
        n++;
      } while (lx.kind !== eof);
      return n;
    };
  },
  parse: (target, text) => () => parse(target, text),
  verify: (target, text) => {
    const verify = target.need("verify");
    const op = parse(target, text);
    return () => verify(op);
  },
  "print-generic": (target, text) => {
    const print = printer(target, true);
    const op = parse(target, text);
    return () => print(op);
  },
  "print-custom": (target, text) => {
    const print = printer(target, false);
    const op = parse(target, text);
    return () => print(op);
  },
  clone: (target, text) => {
    const op = parse(target, text) as { clone(): { erase(): void } };
    return () => op.clone();
  },
  walk: (target, text) => {
    const walk = target.need("walk");
    const op = parse(target, text);
    return () => {
      let n = 0;
      walk(op, () => {
        n++;
      });
      return n;
    };
  },
};

export function componentBenchmarks(): InProcessBenchmark[] {
  const list: InProcessBenchmark[] = [];
  for (const w of standardWorkloads()) {
    if (w.name === "empty") continue;
    for (const [phase, setup] of Object.entries(phases)) {
      list.push({
        kind: "in-process",
        name: `component/${phase}/${w.name}`,
        group: "component",
        get bytes() {
          return Buffer.byteLength(textOf(w));
        },
        ops: w.ops,
        prepare: (target) => {
          preparingCustom = w.form === "custom";
          try {
            return setup(target, textOf(w));
          } finally {
            preparingCustom = false;
          }
        },
      });
    }
  }
  return list;
}
