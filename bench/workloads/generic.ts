/**
 * Benchmark inputs, generated deterministically (seeded), in MLIR's generic
 * form so that `tsdl-opt`, `mlir-opt` and `xdsl-opt` read the same bytes.
 */
import { seededRandom } from "./random.js";

/** An empty module: start-up cost alone. */
export function emptyModule(): string {
  return '"builtin.module"() ({\n^bb0:\n}) : () -> ()\n';
}

/**
 * xDSL's constant-folding workload: a chain of `arith.constant` and
 * `arith.addi` on i32 ending in `"test.op"(%last)`, `n` operations in all.
 */
export function constantFolding(n: number): string {
  const r = seededRandom(42);
  const lines = ['"builtin.module"() ({'];
  const value = (): number => 1 + Math.floor(r() * 1000);
  lines.push(`  %0 = "arith.constant"() <{value = ${value()} : i32}> : () -> i32`);
  let id = 1;
  let last = 0;
  // Two ops per step, one constant first and "test.op" last.
  while (id + 2 <= n - 1) {
    lines.push(`  %${id} = "arith.constant"() <{value = ${value()} : i32}> : () -> i32`);
    lines.push(`  %${id + 1} = "arith.addi"(%${id}, %${last}) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32`);
    last = id + 1;
    id += 2;
  }
  lines.push(`  "test.op"(%${last}) : (i32) -> ()`);
  lines.push("}) : () -> ()");
  return lines.join("\n") + "\n";
}

/**
 * `n` functions with nested `scf.for`/`scf.if` regions, block arguments
 * and memref types (generic form; valid for mlir-opt's verifier).
 */
export function functions(n: number): string {
  const out: string[] = ['"builtin.module"() ({'];
  for (let f = 0; f < n; f++) {
    out.push(
      `  "func.func"() <{function_type = (memref<?x16xf32>, index) -> f32, sym_name = "f${f}"}> ({`,
      `  ^bb0(%arg0: memref<?x16xf32>, %arg1: index):`,
      `    %c0 = "arith.constant"() <{value = 0 : index}> : () -> index`,
      `    %c1 = "arith.constant"() <{value = 1 : index}> : () -> index`,
      `    %c16 = "arith.constant"() <{value = 16 : index}> : () -> index`,
      `    %zero = "arith.constant"() <{value = ${f}.0 : f32}> : () -> f32`,
      `    %sum = "scf.for"(%c0, %arg1, %c1, %zero) ({`,
      `    ^bb0(%i: index, %acc: f32):`,
      `      %row = "scf.for"(%c0, %c16, %c1, %acc) ({`,
      `      ^bb0(%j: index, %acc2: f32):`,
      `        %x = "memref.load"(%arg0, %i, %j) : (memref<?x16xf32>, index, index) -> f32`,
      `        %pos = "arith.cmpf"(%x, %zero) <{fastmath = #arith.fastmath<none>, predicate = 2 : i64}> : (f32, f32) -> i1`,
      `        %next = "scf.if"(%pos) ({`,
      `          %a = "arith.addf"(%acc2, %x) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32`,
      `          "scf.yield"(%a) : (f32) -> ()`,
      `        }, {`,
      `          %b = "arith.subf"(%acc2, %x) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32`,
      `          "scf.yield"(%b) : (f32) -> ()`,
      `        }) : (i1) -> f32`,
      `        "scf.yield"(%next) : (f32) -> ()`,
      `      }) : (index, index, index, f32) -> f32`,
      `      "scf.yield"(%row) : (f32) -> ()`,
      `    }) : (index, index, index, f32) -> f32`,
      `    "func.return"(%sum) : (f32) -> ()`,
      `  }) : () -> ()`,
    );
  }
  out.push("}) : () -> ()");
  return out.join("\n") + "\n";
}

/** A `rows x cols` i8 `dense` constant written as a hex blob (random bytes). */
export function denseHex(rows: number, cols: number): string {
  const r = seededRandom(7);
  const hex = "0123456789ABCDEF";
  const parts: string[] = [];
  for (let i = 0; i < rows * cols; i++) {
    const b = Math.floor(r() * 256);
    parts.push(hex[b >> 4]! + hex[b & 15]!);
  }
  const t = `tensor<${rows}x${cols}xi8>`;
  return `"builtin.module"() ({\n  %0 = "foo.constant"() <{value = dense<"0x${parts.join("")}"> : ${t}}> : () -> ${t}\n  "foo.use"(%0) : (${t}) -> ()\n}) : () -> ()\n`;
}

/** A `rows x cols` i32 `dense` constant written in decimal (nested lists of random values). */
export function denseDecimal(rows: number, cols: number): string {
  const r = seededRandom(11);
  const lines: string[] = [];
  for (let i = 0; i < rows; i++) {
    const row: number[] = [];
    for (let j = 0; j < cols; j++) row.push(Math.floor(r() * 2_000_000) - 1_000_000);
    lines.push("[" + row.join(", ") + "]");
  }
  const t = `tensor<${rows}x${cols}xi32>`;
  return `"builtin.module"() ({\n  %0 = "foo.constant"() <{value = dense<[${lines.join(", ")}]> : ${t}}> : () -> ${t}\n  "foo.use"(%0) : (${t}) -> ()\n}) : () -> ()\n`;
}

/** `depth` operations nested one inside the other's region (stress for stack depth). */
export function regionNest(depth: number): string {
  const parts: string[] = ['"builtin.module"() ({\n'];
  for (let i = 0; i < depth; i++) parts.push('"foo.nest"() ({\n');
  parts.push('"foo.leaf"() : () -> ()\n');
  for (let i = 0; i < depth; i++) parts.push("}) : () -> ()\n");
  parts.push("}) : () -> ()\n");
  return parts.join("");
}
