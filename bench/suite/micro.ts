/**
 * Micro benchmarks: the IR's hot primitives, each timed as a batch (`ops`
 * operations per call) so that one sample is long enough to measure.
 * Named `micro/<primitive>`.
 */
import type { InProcessBenchmark } from "./benchmark.js";
import type { Target } from "./target.js";

const batch = 1_000;

interface Kit {
  ctx: any;
  i32: any;
  /** Creates a `foo.op` with the given operands and one i32 result per entry of `results`. */
  op(operands?: unknown[], results?: number): any;
  /** A block holding a `foo.def` whose result `value` has no uses yet. */
  def(): { block: any; value: any };
  /** A `foo.top` operation whose one region holds `block`. */
  wrap(block: unknown): any;
}

function kit(target: Target): Kit {
  const Context = target.need("Context");
  const Operation = target.need("Operation");
  const Block = target.need("Block");
  const IntegerType = target.need("IntegerType");
  const Region = target.need("Region");
  const ctx = new Context({ allowUnregisteredDialects: true });
  const i32 = IntegerType.get(ctx, 32);
  const name = ctx.operationName("foo.op");
  const op = (operands: unknown[] = [], results = 1): any =>
    Operation.create(name, { operands, resultTypes: Array.from({ length: results }, () => i32) });
  return {
    ctx,
    i32,
    op,
    def() {
      const block = new Block();
      const d = op();
      block.append(d);
      return { block, value: d.result(0) };
    },
    wrap(block) {
      const region = new Region();
      region.append(block);
      return Operation.create(ctx.operationName("foo.top"), { regions: [region] });
    },
  };
}

function micro(name: string, ops: number, prepare: (target: Target) => () => unknown): InProcessBenchmark {
  return { kind: "in-process", name: `micro/${name}`, group: "micro", ops, prepare };
}

export function microBenchmarks(): InProcessBenchmark[] {
  return [
    micro("create-op", batch, (target) => {
      // Detached ops with one result and no operands (an operand would keep
      // every op alive through the value's use list).
      const k = kit(target);
      return () => {
        let last = null;
        for (let i = 0; i < batch; i++) last = k.op();
        return last;
      };
    }),
    micro("block-insert-erase", 10 * batch, (target) => {
      const k = kit(target);
      const { block } = k.def();
      const ops = Array.from({ length: 10 * batch }, () => k.op());
      return () => {
        for (const o of ops) block.append(o);
        for (const o of ops) o.detach();
      };
    }),
    micro("block-insert-middle", batch, (target) => {
      // Inserting before an op in the middle of a 1,000-op block, then asking order.
      const k = kit(target);
      const { block } = k.def();
      const fixed = Array.from({ length: batch }, () => k.op());
      for (const o of fixed) block.append(o);
      const middle = fixed[batch >> 1];
      const moving = Array.from({ length: batch }, () => k.op());
      return () => {
        for (const o of moving) {
          block.insertBefore(o, middle);
          o.isBeforeInBlock(middle);
        }
        for (const o of moving) o.detach();
      };
    }),
    micro("add-remove-use", 20 * batch, (target) => {
      const k = kit(target);
      const a = k.def().value;
      const b = k.def().value;
      const user = k.op([a]);
      return () => {
        for (let i = 0; i < 20 * batch; i += 2) {
          user.setOperand(0, b);
          user.setOperand(0, a);
        }
      };
    }),
    micro("rauw-10k-uses", 10_000, (target) => {
      const k = kit(target);
      const a = k.def().value;
      const b = k.def().value;
      for (let i = 0; i < 10_000; i++) k.op([a]);
      let from = a;
      let to = b;
      return () => {
        from.replaceAllUsesWith(to);
        [from, to] = [to, from];
      };
    }),
    micro("attr-uniquing-hit", 10 * batch, (target) => {
      const k = kit(target);
      const IntegerAttr = target.need("IntegerAttr");
      for (let i = 0; i < batch; i++) IntegerAttr.get(k.ctx, k.i32, i);
      return () => {
        let last = null;
        for (let i = 0; i < 10 * batch; i++) last = IntegerAttr.get(k.ctx, k.i32, i % batch);
        return last;
      };
    }),
    micro("attr-uniquing-miss", batch, (target) => {
      const Context = target.need("Context");
      const IntegerType = target.need("IntegerType");
      const IntegerAttr = target.need("IntegerAttr");
      return () => {
        const ctx = new Context();
        const i64 = IntegerType.get(ctx, 64);
        let last = null;
        for (let i = 0; i < batch; i++) last = IntegerAttr.get(ctx, i64, BigInt(i) * 7919n - 4_000_000_000n);
        return last;
      };
    }),
    micro("type-uniquing-hit", 4 * batch, (target) => {
      const k = kit(target);
      const IntegerType = target.need("IntegerType");
      const RankedTensorType = target.need("RankedTensorType");
      const shape = [4, 8];
      return () => {
        let last = null;
        for (let i = 0; i < 4 * batch; i += 2) {
          last = IntegerType.get(k.ctx, 1 + (i & 63));
          last = RankedTensorType.get(k.ctx, shape, k.i32);
        }
        return last;
      };
    }),
    micro("type-uniquing-miss", batch, (target) => {
      const Context = target.need("Context");
      const IntegerType = target.need("IntegerType");
      const RankedTensorType = target.need("RankedTensorType");
      return () => {
        const ctx = new Context();
        const i32 = IntegerType.get(ctx, 32);
        let last = null;
        for (let i = 0; i < batch; i++) last = RankedTensorType.get(ctx, [i, 3], i32);
        return last;
      };
    }),
    micro("dense-attr-4k", 100, (target) => {
      // 100 distinct 1,024 x i32 dense attributes (4 KiB each) per call.
      const Context = target.need("Context");
      const IntegerType = target.need("IntegerType");
      const RankedTensorType = target.need("RankedTensorType");
      const Dense = target.need("DenseIntOrFPElementsAttr");
      const data = Array.from({ length: 100 }, (_, i) => {
        const d = new Uint8Array(4096);
        for (let j = 0; j < d.length; j++) d[j] = (i * 31 + j * 7) & 255;
        return d;
      });
      return () => {
        const ctx = new Context();
        const t = RankedTensorType.get(ctx, [1024], IntegerType.get(ctx, 32));
        let last = null;
        for (const d of data) last = Dense.get(ctx, t, d, false);
        return last;
      };
    }),
    micro("walk-10k-ops", 10_000, (target) => {
      const k = kit(target);
      const walk = target.need("walk");
      const { block } = k.def();
      for (let i = 1; i < 10_000; i++) block.append(k.op());
      const top = k.wrap(block);
      return () => {
        let n = 0;
        walk(top, () => {
          n++;
        });
        return n;
      };
    }),
    micro("print-value-names", 4 * batch, (target) => {
      // SSA naming in the printer: 1,000 ops with 4 results each, all used.
      const k = kit(target);
      const printOperation = target.need("printOperation");
      const { block, value } = k.def();
      let prev = [value];
      for (let i = 0; i < batch; i++) {
        const o = k.op(prev, 4);
        block.append(o);
        prev = [o.result(0), o.result(3)];
      }
      const top = k.wrap(block);
      return () => printOperation(top, {});
    }),
  ];
}
