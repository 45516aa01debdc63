/**
 * Benchmark inputs in the dialects' custom syntax (what people write and
 * what `mlir-opt` prints), generated deterministically. They exercise the
 * declarative assembly formats and the hand-written parsers and printers.
 */
import { seededRandom } from "./random.js";

/**
 * xDSL's constant-folding benchmark as its files are written: a chain of
 * `arith.constant` and `arith.addi` on i32 in custom syntax, ending in a
 * `test.op` use, `n` operations in all.
 */
export function arithConstantFolding(n: number): string {
  const r = seededRandom(42);
  const lines = ["func.func @main() {"];
  const value = (): number => 1 + Math.floor(r() * 1000);
  lines.push(`  %0 = arith.constant ${value()} : i32`);
  let id = 1;
  let last = 0;
  while (id + 2 <= n - 2) {
    lines.push(`  %${id} = arith.constant ${value()} : i32`);
    lines.push(`  %${id + 1} = arith.addi %${id}, %${last} : i32`);
    last = id + 1;
    id += 2;
  }
  lines.push(`  "test.op"(%${last}) : (i32) -> ()`);
  lines.push("  return");
  lines.push("}");
  return lines.join("\n") + "\n";
}

/**
 * `n` functions mixing func, scf, arith and memref in custom syntax: nested
 * `scf.for` loops with iteration arguments, an `scf.if` with results,
 * `memref.load`, comparisons and float arithmetic (the same computation as
 * the generic `functions` workload).
 */
export function mixedFunctions(n: number): string {
  const out: string[] = [];
  for (let f = 0; f < n; f++) {
    out.push(
      `func.func @f${f}(%arg0: memref<?x16xf32>, %arg1: index) -> f32 {`,
      `  %c0 = arith.constant 0 : index`,
      `  %c1 = arith.constant 1 : index`,
      `  %c16 = arith.constant 16 : index`,
      `  %zero = arith.constant ${f}.0 : f32`,
      `  %sum = scf.for %i = %c0 to %arg1 step %c1 iter_args(%acc = %zero) -> (f32) {`,
      `    %row = scf.for %j = %c0 to %c16 step %c1 iter_args(%acc2 = %acc) -> (f32) {`,
      `      %x = memref.load %arg0[%i, %j] : memref<?x16xf32>`,
      `      %pos = arith.cmpf ogt, %x, %zero : f32`,
      `      %next = scf.if %pos -> (f32) {`,
      `        %a = arith.addf %acc2, %x : f32`,
      `        scf.yield %a : f32`,
      `      } else {`,
      `        %b = arith.subf %acc2, %x : f32`,
      `        scf.yield %b : f32`,
      `      }`,
      `      scf.yield %next : f32`,
      `    }`,
      `    scf.yield %row : f32`,
      `  }`,
      `  return %sum : f32`,
      `}`,
    );
  }
  return out.join("\n") + "\n";
}
