// The dense attribute corpus: MLIR sources that `generate.mjs` feeds to
// `mlir-opt` and `dense.test.ts` to tsdl. Each case is one whole source
// text; most are a single unregistered op holding the attribute.

/** `"t.op"() {a = <attr>} : () -> ()` */
export const op = (attr) => `"t.op"() {a = ${attr}} : () -> ()`;

const intTypes = [
  ["i1", 1, "signless"],
  ["i3", 3, "signless"],
  ["i8", 8, "signless"],
  ["i16", 16, "signless"],
  ["i32", 32, "signless"],
  ["i33", 33, "signless"],
  ["i64", 64, "signless"],
  ["i128", 128, "signless"],
  ["index", 64, "signed"],
  ["ui1", 1, "unsigned"],
  ["ui8", 8, "unsigned"],
  ["ui32", 32, "unsigned"],
  ["ui64", 64, "unsigned"],
  ["si1", 1, "signed"],
  ["si8", 8, "signed"],
  ["si16", 16, "signed"],
  ["si64", 64, "signed"],
];

const floatTypes = [
  "f16", "bf16", "f32", "f64", "f80", "f128", "tf32",
  "f8E5M2", "f8E4M3", "f8E4M3FN", "f8E5M2FNUZ", "f8E4M3FNUZ", "f8E4M3B11FNUZ", "f8E3M4", "f8E8M0FNU",
  "f6E2M3FN", "f6E3M2FN", "f4E2M1FN",
];

/** Literals for an integer type: in range, then just out of range. */
function intLiterals(width, signedness) {
  const w = BigInt(width);
  if (width === 1 && signedness !== "signed") return { ok: ["true", "false", "1", "0"], bad: ["2", "-2"] };
  const max = signedness === "signed" ? (1n << (w - 1n)) - 1n : (1n << w) - 1n;
  const min = signedness === "unsigned" ? 0n : -(1n << (w - 1n));
  const ok = [String(max), String(min), "0", "1"];
  if (min < 0n) ok.push("-1");
  if (max > 10n) ok.push("7");
  if (width >= 8) ok.push("0x" + (max >> 1n).toString(16).toUpperCase());
  const bad = [String(max + 1n)];
  if (min < 0n) bad.push(String(min - 1n));
  else bad.push("-1");
  return { ok, bad };
}

const floatLiterals = ["0.0", "-0.0", "1.0", "-2.5", "0.1", "3.0e5", "1.0e-5", "65504.0", "1.0e39", "1.0e400", "0x1", "0x0"];

function floatValues(t) {
  const wide = ["f16", "bf16", "f32", "f64", "f80", "f128", "tf32"].includes(t);
  return wide ? floatLiterals : ["0.0", "1.0", "-2.5", "0.1", "4.0", "448.0", "1000.0", "0x1", "0x7F"];
}

/** Comma-separated literals `i → f(i)` for i in [0, n). */
function seq(n, f) {
  return Array.from({ length: n }, (_, i) => f(i)).join(", ");
}

function hexOf(bytes) {
  return "0x" + bytes.map((b) => b.toString(16).padStart(2, "0").toUpperCase()).join("");
}

export function cases() {
  const out = [];
  const add = (attr) => out.push(op(attr));

  // ---- Integers ----------------------------------------------------------
  for (const [t, width, s] of intTypes) {
    const { ok, bad } = intLiterals(width, s);
    for (const v of ok) {
      add(`dense<${v}> : tensor<4x${t}>`);
      add(`dense<${v}> : tensor<${t}>`);
    }
    for (const v of bad) add(`dense<${v}> : tensor<2x${t}>`);
    add(`dense<[${ok.join(", ")}]> : tensor<${ok.length}x${t}>`);
    add(`dense<[[${ok[0]}, ${ok[2]}], [${ok[2]}, ${ok[3]}]]> : tensor<2x2x${t}>`);
    add(`dense<[[[${ok[0]}]], [[${ok[3]}]]]> : tensor<2x1x1x${t}>`);
    add(`dense<[${ok[2]}, ${ok[3]}]> : vector<2x${t}>`);
    add(`dense<[]> : tensor<0x${t}>`);
    add(`dense<> : tensor<0x${t}>`);
    add(`dense<[[], []]> : tensor<2x0x${t}>`);
    add(`dense<${ok[3]}> : tensor<0x${t}>`);
    add(`dense<[${ok[2]}]> : tensor<1x${t}>`);
    // More than 100 elements print as hex; splats do not.
    const vals = width === 1 && s !== "signed" ? (i) => (i % 3 === 0 ? "true" : "false") : (i) => String(i % 2 === 0 && s !== "unsigned" ? -(i % 3) : i % 5);
    add(`dense<[${seq(101, vals)}]> : tensor<101x${t}>`);
    add(`dense<[${seq(120, vals)}]> : tensor<10x12x${t}>`);
    add(`dense<[${seq(100, vals)}]> : tensor<100x${t}>`);
    add(`dense<${ok[3]}> : tensor<1000x${t}>`);
    add(`dense<1.5> : tensor<2x${t}>`);
    if (width !== 1) add(`dense<true> : tensor<2x${t}>`);
    add(`dense<"str"> : tensor<2x${t}>`);
  }

  // ---- Floats -------------------------------------------------------------
  for (const t of floatTypes) {
    const vs = floatValues(t);
    for (const v of vs) add(`dense<${v}> : tensor<3x${t}>`);
    add(`dense<[${vs.join(", ")}]> : tensor<${vs.length}x${t}>`);
    add(`dense<[[${vs[0]}, ${vs[1]}], [${vs[2]}, ${vs[3]}]]> : tensor<2x2x${t}>`);
    add(`dense<[${vs[2]}, ${vs[3]}]> : vector<2x${t}>`);
    add(`dense<> : tensor<0x${t}>`);
    add(`dense<${vs[2]}> : tensor<${t}>`);
    add(`dense<[${seq(101, (i) => `${i % 7}.5`)}]> : tensor<101x${t}>`);
    add(`dense<[${seq(101, (i) => `-${i % 4}.25`)}]> : tensor<101x${t}>`);
    add(`dense<1> : tensor<2x${t}>`);
    add(`dense<-0x1> : tensor<2x${t}>`);
    add(`dense<0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF> : tensor<2x${t}>`);
    add(`dense<true> : tensor<2x${t}>`);
    add(`dense<"s"> : tensor<2x${t}>`);
  }

  // ---- Complex ------------------------------------------------------------
  for (const t of ["i8", "i32", "ui16", "si64", "f16", "f32", "f64", "bf16"]) {
    const f = t.startsWith("f") || t.startsWith("bf");
    const a = f ? "1.5" : "1";
    const b = f ? "-2.0" : "-2";
    const c = t.startsWith("u") ? "2" : b;
    add(`dense<(${a}, ${c})> : tensor<2xcomplex<${t}>>`);
    add(`dense<(${a}, ${c})> : tensor<complex<${t}>>`);
    add(`dense<[(${a}, ${c}), (${c}, ${a})]> : tensor<2xcomplex<${t}>>`);
    add(`dense<[[(${a}, ${a})], [(${c}, ${c})]]> : tensor<2x1xcomplex<${t}>>`);
    add(`dense<[(${a}, ${a}), (${a}, ${a})]> : tensor<2xcomplex<${t}>>`);
    add(`dense<> : tensor<0xcomplex<${t}>>`);
    add(`dense<[${seq(101, (i) => `(${i % 3}${f ? ".0" : ""}, ${i % 2}${f ? ".0" : ""})`)}]> : tensor<101xcomplex<${t}>>`);
    add(`dense<[${a}, ${a}]> : tensor<2xcomplex<${t}>>`);
    add(`dense<${a}> : tensor<2xcomplex<${t}>>`);
    add(`dense<((${a}, ${a}), ${a})> : tensor<2xcomplex<${t}>>`);
  }
  add(`dense<(1, 2, 3)> : tensor<2xcomplex<i32>>`);
  add(`dense<(1 2)> : tensor<2xcomplex<i32>>`);
  add(`dense<(1, )> : tensor<2xcomplex<i32>>`);
  add(`dense<[(1, 2)]> : tensor<1xi32>`);
  add(`dense<[(1, 2), (3, 4)]> : tensor<2xi32>`);
  add(`dense<(0x7FC00000, 0x0)> : tensor<complex<f32>>`);

  // ---- Hex strings --------------------------------------------------------
  add(`dense<"0x01020304"> : tensor<4xi8>`);
  add(`dense<"0x0102030405060708"> : tensor<2xi32>`);
  add(`dense<"0x01000000"> : tensor<5xi32>`);
  add(`dense<"0x0101"> : tensor<2xi8>`);
  add(`dense<"0xabcdef01"> : tensor<2xi16>`);
  add(`dense<"0x0000803F00000040"> : tensor<2xf32>`);
  add(`dense<"0x0000803F"> : tensor<7xf32>`);
  add(`dense<"0x000000000000F03F"> : tensor<f64>`);
  add(`dense<"0x0100000002000000"> : tensor<complex<i32>>`);
  add(`dense<"0x01000000020000000300000004000000"> : tensor<2xcomplex<i32>>`);
  add(`dense<"0x"> : tensor<0xi8>`);
  add(`dense<"0x03"> : tensor<0xi8>`);
  add(`dense<"0x"> : tensor<0xi1>`);
  add(`dense<"0x"> : tensor<2xi8>`);
  add(`dense<"0x010203"> : tensor<2xi8>`);
  add(`dense<"0xABC"> : tensor<2xi8>`);
  add(`dense<"0XAB"> : tensor<1xi8>`);
  add(`dense<"0xZZ"> : tensor<1xi8>`);
  add(`dense<"abc"> : tensor<2xi32>`);
  add(`dense<"0x\\41\\42"> : tensor<2xi8>`);
  add(`dense<"0x0102"> : tensor<2xi16>`);
  add(`dense<"0xFF"> : tensor<3xi3>`);
  add(`dense<"0xFF"> : tensor<i3>`);
  add(`dense<"0xFFFFFF"> : tensor<tf32>`);
  add(`dense<"0xFF"> : tensor<f4E2M1FN>`);
  add(`dense<"0x0F000F00"> : tensor<2xf4E2M1FN>`);
  for (const [bytes, n] of [
    ["0xFF", 3], ["0x00", 3], ["0x05", 3], ["0x07", 3], ["0x0F", 3], ["0x08", 3], ["0x01", 1], ["0x02", 1], ["0x00", 1],
    ["0x0100", 9], ["0x01", 9], ["0x03", 9], ["0xFF01", 9], ["0xFF03", 9], ["0xFF", 8], ["0xFFFF", 16], ["0xFE", 8], ["0xFF", 0], ["0x01", 0],
  ]) add(`dense<"${bytes}"> : tensor<${n}xi1>`);
  add(`dense<"${hexOf(Array.from({ length: 20 }, (_, i) => (i * 37) & 255))}"> : tensor<150xi1>`);
  add(`dense<"${hexOf(Array.from({ length: 19 }, () => 255))}"> : tensor<150xi1>`);
  add(`dense<"${hexOf([...Array.from({ length: 18 }, () => 255), 0x3f])}"> : tensor<150xi1>`);
  add(`dense<"${hexOf([...Array.from({ length: 18 }, () => 255), 0x7f])}"> : tensor<150xi1>`);
  add(`dense<"${hexOf(Array.from({ length: 202 }, (_, i) => (i * 13) & 255))}"> : tensor<101xi16>`);
  add(`dense<"${hexOf(Array.from({ length: 404 }, (_, i) => (i * 29) & 255))}"> : tensor<101xf32>`);
  add(`dense<"${hexOf(Array.from({ length: 202 }, () => 7))}"> : tensor<101xi16>`);
  add(`dense<"${hexOf(Array.from({ length: 8 }, (_, i) => i * 31))}"> : tensor<2x2xbf16>`);
  add(`dense<"${hexOf(Array.from({ length: 20 }, (_, i) => i * 7))}"> : tensor<2xf80>`);
  add(`dense<"${hexOf(Array.from({ length: 32 }, (_, i) => i * 5))}"> : tensor<2xf128>`);
  add(`dense<"${hexOf(Array.from({ length: 24 }, (_, i) => 200 - i))}"> : tensor<3xi64>`);
  add(`dense<"${hexOf(Array.from({ length: 24 }, (_, i) => 200 - i))}"> : tensor<3xui64>`);
  add(`dense<"${hexOf(Array.from({ length: 24 }, (_, i) => 200 - i))}"> : tensor<3xindex>`);
  add(`dense<"${hexOf(Array.from({ length: 15 }, (_, i) => 200 - i))}"> : tensor<3xi33>`);
  add(`dense<"${hexOf(Array.from({ length: 48 }, (_, i) => 100 + i))}"> : tensor<3xi128>`);
  add(`dense< "0x0102" > : tensor<2xi8>`);
  add(`dense<"0x0102" "0x03"> : tensor<2xi8>`);
  add(`dense<"0x0102"`);
  add(`dense<"0x0102> : tensor<2xi8>`);
  add(`dense<"0x0102"> : tensor<2x!t.s>`);
  add(`dense<"hello"> : tensor<2x!t.s>`);

  // ---- Strings -------------------------------------------------------------
  add(`dense<"a"> : tensor<3x!t.s>`);
  add(`dense<["a", "b", "a"]> : tensor<3x!t.s>`);
  add(`dense<["a", "a"]> : tensor<2x!t.s>`);
  add(`dense<[["a", "b"], ["c", "d"]]> : tensor<2x2x!t.s>`);
  add(`dense<["q\\"uote", "back\\\\slash", "nl\\n", "tab\\t", "\\00\\FF", "é"]> : tensor<6x!t.s>`);
  add(`dense<"a"> : tensor<0x!t.s>`);
  add(`dense<[]> : tensor<0x!t.s>`);
  add(`dense<> : tensor<0x!t.s>`);
  add(`dense<> : tensor<2x!t.s>`);
  add(`dense<"x"> : tensor<!t.s>`);
  add(`dense<["a", 1]> : tensor<2x!t.s>`);
  add(`dense<["a", -1.5]> : tensor<2x!t.s>`);
  add(`dense<[true, "a"]> : tensor<2x!t.s>`);
  add(`dense<["a", "b"]> : tensor<2xnone>`);
  add(`dense<["a", "b"]> : tensor<2xtuple<>>`);
  add(`dense<["a", "b"]> : vector<2x!t.s>`);
  add(`dense<["a", "b"]> : tensor<3x!t.s>`);
  add(`dense<[${seq(120, (i) => `"s${i % 9}"`)}]> : tensor<120x!t.s>`);
  add(`dense<"a"> : tensor<2xi32>`);
  add(`dense<("a", "b")> : tensor<1x!t.s>`);
  add(`dense<[("a", "b"), ("c", "d")]> : tensor<2x!t.s>`);

  // ---- Shapes and literal syntax ------------------------------------------
  add(`dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi32>`);
  add(`dense<[[1, 2, 3], [4, 5, 6]]> : tensor<3x2xi32>`);
  add(`dense<[[1, 2], [3, 4]]> : tensor<4xi32>`);
  add(`dense<[1, 2, 3, 4]> : tensor<2x2xi32>`);
  add(`dense<[[[1, 2]], [[3, 4]], [[5, 6]]]> : tensor<3x1x2xi32>`);
  add(`dense<[[[]]]> : tensor<1x1x0xi32>`);
  add(`dense<[[]]> : tensor<1x0xi32>`);
  add(`dense<[]> : tensor<0x3xi32>`);
  add(`dense<[]> : tensor<2xi32>`);
  add(`dense<> : tensor<2xi32>`);
  add(`dense<> : tensor<i32>`);
  add(`dense<[1]> : tensor<i32>`);
  add(`dense<[1, [2]]> : tensor<2xi32>`);
  add(`dense<[[1], 2]> : tensor<2xi32>`);
  add(`dense<[[1], [2, 3]]> : tensor<2xi32>`);
  add(`dense<[[], [1]]> : tensor<2x1xi32>`);
  add(`dense<[1 2]> : tensor<2xi32>`);
  add(`dense<[1, ]> : tensor<2xi32>`);
  add(`dense<[1, 2> : tensor<2xi32>`);
  add(`dense<-x> : tensor<2xi32>`);
  add(`dense<- 1> : tensor<2xi32>`);
  add(`dense<foo> : tensor<2xi32>`);
  add(`dense<@sym> : tensor<2xi32>`);
  add(`dense<1 : tensor<2xi32>`);
  add(`dense 1> : tensor<2xi32>`);
  add(`dense<1> tensor<2xi32>`);
  add(`dense<1> : i32`);
  add(`dense<1> : !t.type`);
  add(`dense<1> : tensor<?xi32>`);
  add(`dense<1> : tensor<*xi32>`);
  add(`dense<1> : memref<2xi32>`);
  add(`dense<1> : memref<?xi32>`);
  add(`dense<1> : vector<[4]xi32>`);
  add(`dense<[[1, 2], [3, 4]]> : vector<2x[2]xi32>`);
  add(`dense<1> : `);
  add(`dense<1> : (i32) -> i32`);
  add(`dense<1> : tensor<2xi32, "enc">`);
  add(`dense<[1, 2]> : tensor<2xi32, #t.enc>`);
  add(`dense<-1> : tensor<2xui32>`);
  add(`dense<[1, -1]> : tensor<2xui8>`);
  add(`dense<-0> : tensor<2xi32>`);
  add(`dense<[1, 2.5]> : tensor<2xi32>`);
  add(`dense<[0x10, 0xFF, -0x10]> : tensor<3xi32>`);
  add(`dense<[0x00000000000000000001, 000012]> : tensor<2xi8>`);
  add(`dense<99999999999999999999999> : tensor<2xi128>`);
  add(`dense<999999999999999> : tensor<2xi64>`);
  add(`dense<9999999999999999> : tensor<2xi64>`);
  add(`dense<-9007199254740993> : tensor<2xi64>`);
  add(`dense<[9007199254740993, 1]> : tensor<2xi64>`);
  add(`dense<[-4294967296, 4294967296, -2147483649, 2147483648]> : tensor<4xi64>`);
  add(`dense<[1.0, 2]> : tensor<2xf32>`);
  add(`dense<[1.0, 0x7FC00000, 0xFF800000, 0x80000000]> : tensor<4xf32>`);
  add(`dense<[0x7FF8000000000000, 0x0000000000000001]> : tensor<2xf64>`);
  add(`dense<[1.0e-45, 3.4028236e38, 1.17549435e-38, 0.333333333333333314829616256247390992939472198486328125]> : tensor<4xf32>`);
  add(`dense<[4.9406564584124654e-324, 1.7976931348623157e308, 2.2250738585072014e-308]> : tensor<3xf64>`);
  add(`dense<[1.00000000000000000001, 0.1, 123456789.123456789]> : tensor<3xf64>`);
  add(`dense<[1.0, 2.0]> : tensor<2x1xf32>`);

  // In other places.
  out.push(`"t.op"() {a = [dense<1> : tensor<2xi32>, dense<[1.5, 2.5]> : tensor<2xf64>], b = {c = dense<true> : tensor<3xi1>}} : () -> ()`);
  out.push(`"t.op"() <{p = dense<[1, 2]> : tensor<2xi32>}> : () -> ()`);
  out.push(`#d = dense<[1, 2]> : tensor<2xi32>\n"t.op"() {a = #d} : () -> ()`);
  out.push(`"t.op"() {a = dense<[1, 2]> : tensor<2xi32>, b = dense<[1, 2]> : tensor<2xi32>, c = dense<[1, 2]> : tensor<2xi64>} : () -> ()`);
  out.push(`"t.op"() ({\n^bb0(%x: tensor<2xi32>):\n  "t.use"() {v = dense<-3> : tensor<2x2xsi8>} : () -> ()\n}) : () -> ()`);

  // ---- array<> -------------------------------------------------------------
  for (const [t, width, s] of intTypes) {
    if (t === "index" || (width % 8 !== 0 && width !== 1)) {
      if (t !== "index") add(`array<${t}: 1>`);
      continue;
    }
    const { ok, bad } = intLiterals(width, s);
    add(`array<${t}: ${ok.join(", ")}>`);
    add(`array<${t}>`);
    for (const v of bad) add(`array<${t}: ${v}>`);
    add(`array<${t}: ${ok[0]}>`);
  }
  add(`array<i1: true, false, true>`);
  add(`array<i1: 1>`);
  add(`array<i1: true 2>`);
  add(`array<i8: true>`);
  add(`array<i8: -true>`);
  add(`array<i8: 1.5>`);
  add(`array<i8: "a">`);
  add(`array<i8: 1, >`);
  add(`array<i8: - 1>`);
  add(`array<i0: 0, 0>`);
  add(`array<i0: 1>`);
  add(`array<i32: -0x10, 0x7fffffff>`);
  add(`array<i64: -9223372036854775808, 9223372036854775807, 4294967296, -4294967297>`);
  add(`array<ui64: 18446744073709551615>`);
  add(`array<i32: ${seq(300, (i) => String(i * 7919 - 1000000))}>`);
  for (const t of floatTypes) {
    const vs = floatValues(t);
    add(`array<${t}: ${vs.join(", ")}>`);
    add(`array<${t}>`);
    add(`array<${t}: 1>`);
    add(`array<${t}: -0x1>`);
    add(`array<${t}: true>`);
  }
  add(`array<f32: ${seq(150, (i) => `${i}.25`)}>`);
  add(`array<none: 1>`);
  add(`array<tensor<2xi32>: 1>`);
  add(`array<complex<f32>: 1.0>`);
  add(`array<>`);
  add(`array<i32 1>`);
  add(`array<i32: 1 2>`);
  add(`array<i32: >`);
  add(`array i32>`);
  add(`array<i32: 1`);
  add(`array<(i32) -> i32: 1>`);
  add(`array<!t.x: 1>`);

  // ---- sparse<> --------------------------------------------------------------
  add(`sparse<> : tensor<2x2xi32>`);
  add(`sparse<> : tensor<3x!t.s>`);
  add(`sparse<> : tensor<i32>`);
  add(`sparse<> : tensor<2xf32>`);
  add(`sparse<> : tensor<?xf32>`);
  add(`sparse<> : i32`);
  add(`sparse<>`);
  add(`sparse<[[0, 1]], [5]> : tensor<2x2xi32>`);
  add(`sparse<[[0, 1], [1, 0]], [5, 6]> : tensor<2x2xi32>`);
  add(`sparse<[[0, 1], [1, 0]], [5, 5]> : tensor<2x2xi32>`);
  add(`sparse<[[0, 0], [0, 0]], [5, 6]> : tensor<2x2xi32>`);
  add(`sparse<0, 7.0> : tensor<2x2xf32>`);
  add(`sparse<[[0, 0], [1, 1]], 3> : tensor<2x2xi8>`);
  add(`sparse<[1], [2]> : tensor<4xi32>`);
  add(`sparse<[1, 3], [2, 4]> : tensor<4xi32>`);
  add(`sparse<[[1]], ["a"]> : tensor<4x!t.s>`);
  add(`sparse<[[1], [2]], ["a", "b"]> : tensor<4x!t.s>`);
  add(`sparse<[], []> : tensor<3xi32>`);
  add(`sparse<[[0, 0]], "0x05000000"> : tensor<2x2xi32>`);
  add(`sparse<[[0, 0], [1, 1]], "0x0500000006000000"> : tensor<2x2xi32>`);
  add(`sparse<[[]], [1]> : tensor<i32>`);
  add(`sparse<0, [(1, 2)]> : tensor<2xcomplex<i32>>`);
  add(`sparse<[[0, 1]], [5]> : vector<2x2xi32>`);
  add(`sparse<[[0, 1, 0]], [true]> : tensor<2x2x2xi1>`);
  add(`sparse<[${seq(110, (i) => `[${i}, ${(i * 7) % 110}]`)}], [${seq(110, (i) => String(i))}]> : tensor<110x110xi16>`);
  add(`sparse<[[0, 2]], [5]> : tensor<2x2xi32>`);
  add(`sparse<[[0, -1]], [5]> : tensor<2x2xi32>`);
  add(`sparse<[[1, 0], [0, 3]], [5, 6]> : tensor<2x2xi32>`);
  add(`sparse<5, [5]> : tensor<2x2xi32>`);
  add(`sparse<[[0, 1, 2]], [5]> : tensor<2x2xi32>`);
  add(`sparse<[[0, 1]], [5, 6]> : tensor<2x2xi32>`);
  add(`sparse<[[0, 1]], [[5]]> : tensor<2x2xi32>`);
  add(`sparse<[0, 1], [5, 6]> : tensor<2x2xi32>`);
  add(`sparse<[[[0, 1]]], [5]> : tensor<2x2xi32>`);
  add(`sparse<[[0, 1]] [5]> : tensor<2x2xi32>`);
  add(`sparse<[[0, 1]], [5] : tensor<2x2xi32>`);
  add(`sparse [[0, 1]], [5]> : tensor<2x2xi32>`);
  add(`sparse<"0x00", [5]> : tensor<2x2xi32>`);
  add(`sparse<[[0, 1.5]], [5]> : tensor<2x2xi32>`);
  add(`sparse<[[0, 1]], [1.5]> : tensor<2x2xi32>`);
  add(`sparse<[[0, 1]], [5]> : i32`);
  add(`sparse<[[0, 1]], [5]> : tensor<?x2xi32>`);
  add(`sparse<[[0, 1]], "0x01"> : tensor<2x2xi32>`);
  add(`sparse<[[0, 1]], [-1]> : tensor<2x2xui8>`);
  add(`sparse<[[0, 1]]> : tensor<2x2xi32>`);
  add(`sparse<[[0, 1]], > : tensor<2x2xi32>`);
  add(`sparse<[[true, 1]], [1]> : tensor<2x2xi32>`);
  add(`sparse<[[0, 99999999999999999999]], [1]> : tensor<2x2xi32>`);

  // ---- dense_resource<> and file metadata ------------------------------------
  const res = (body) => `{-#\n  dialect_resources: {\n    builtin: {\n${body}\n    }\n  }\n#-}`;
  out.push(op(`dense_resource<blob1> : tensor<2xi32>`) + "\n" + res(`      blob1: "0x040000000100000002000000"`));
  out.push(res(`      blob1: "0x040000000100000002000000"`) + "\n" + op(`dense_resource<blob1> : tensor<2xi32>`));
  out.push(op(`dense_resource<"quoted key"> : tensor<1xf32>`) + "\n" + res(`      "quoted key": "0x0400000000000000"`));
  out.push(op(`dense_resource<"k\\"q\\00"> : tensor<2xi32>`) + "\n" + res(`      "k\\"q\\00": "0x0100000011"`));
  out.push(op(`dense_resource<unset> : tensor<3xi8>`));
  out.push(op(`dense_resource<k.x$y> : tensor<2xi32>`));
  out.push(op(`dense_resource<i32> : tensor<2xi32>`));
  out.push(op(`dense_resource<true> : tensor<2xi32>`));
  out.push(op(`dense_resource<dense> : tensor<2xi32>`));
  out.push(op(`dense_resource<__elided__> : tensor<2xi32>`));
  out.push(op(`dense_resource<k> : tensor<?xi32>`));
  out.push(op(`dense_resource<k> : tensor<*xi32>`));
  out.push(op(`dense_resource<k> : memref<2xi32>`));
  out.push(op(`dense_resource<k> : vector<2xf32>`));
  out.push(op(`dense_resource<k> : i32`));
  out.push(op(`dense_resource<12> : tensor<2xi32>`));
  out.push(op(`dense_resource<> : tensor<2xi32>`));
  out.push(op(`dense_resource<k> tensor<2xi32>`));
  out.push(op(`dense_resource k : tensor<2xi32>`));
  out.push(op(`dense_resource<k : tensor<2xi32>`));
  out.push(
    `"t.op"() {a = dense_resource<r> : tensor<2xi32>, b = dense_resource<r> : tensor<4xi16>, c = dense_resource<s> : tensor<1xi8>} : () -> ()\n` +
      res(`      s: "0x01000000AB",\n      unused: "0x0100000012",\n      r: "0x08000000AABBCCDD11223344"`),
  );
  out.push(op(`dense_resource<k> : tensor<0xi32>`) + "\n" + res(`      k: "0x04000000"`));
  out.push(op(`dense_resource<k> : tensor<2xi32>`) + "\n" + res(`      k: "0x01000000AABB",\n      k: "0x0100000011"`));
  out.push(op(`dense_resource<k> : tensor<2xi32>`) + "\n" + res(`      k: "0x10000000abcdef"`));
  out.push(op(`dense_resource<k> : tensor<2xi32>`) + "\n" + res(`      k: "0x01"`));
  out.push(op(`dense_resource<k> : tensor<2xi32>`) + "\n" + res(`      k: "0x03000000AA"`));
  out.push(op(`dense_resource<k> : tensor<2xi32>`) + "\n" + res(`      k: "0xZZ"`));
  out.push(op(`dense_resource<k> : tensor<2xi32>`) + "\n" + res(`      k: "0x0"`));
  out.push(op(`dense_resource<k> : tensor<2xi32>`) + "\n" + res(`      k: true`));
  out.push(op(`dense_resource<k> : tensor<2xi32>`) + "\n" + res(`      k: 12`));
  out.push(op(`dense_resource<k> : tensor<2xi32>`) + "\n" + res(`      k: "text"`));
  out.push(res(`      12: "0x01000000"`));
  out.push(res(`      k "0x01000000"`));
  out.push(res(`      k: "0x01000000" j: "0x01000000"`));
  out.push(res(``));
  out.push(`{-# dialect_resources: { } #-}`);
  out.push(`{-# #-}`);
  out.push(`{-# dialect_resources: { foo: { k: "0x01000000" } } #-}`);
  out.push(`{-# dialect_resources: { "builtin": { k: "0x01000000" } } #-}`);
  out.push(`{-# dialect_resources: { builtin { k: "0x01000000" } } #-}`);
  out.push(`{-# dialect_resources: { builtin: k } #-}`);
  out.push(`{-# dialect_resources: builtin #-}`);
  out.push(`{-# bogus: {} #-}`);
  out.push(`{-# "dialect_resources": {} #-}`);
  out.push(`{-# dialect_resources {} #-}`);
  out.push(`{-# dialect_resources: {}, #-}`);
  out.push(`{-# dialect_resources: {} external_resources: {} #-}`);
  out.push(`{-# dialect_resources: {}`);
  // External resources round-trip through mlir-opt's fallback map.
  const ext = (body) => `{-#\n  external_resources: {\n${body}\n  }\n#-}`;
  out.push(ext(`    foo: {\n      k1: true,\n      k2: "hello",\n      k3: "0x08000000AABB",\n      k4: false\n    }`));
  out.push(ext(`    foo: {\n      "a b": "xy\\n\\"q",\n      i32: "0x04000000",\n      k: "\\30x"\n    },\n    bar: {\n      x: "y"\n    }`));
  out.push(ext(`    foo: {},\n    bar: {a: true},\n    foo: {b: "x"}`));
  out.push(op(`dense_resource<r> : tensor<1xi8>`) + "\n" + `{-#\n  dialect_resources: {\n    builtin: {\n      r: "0x0100000007"\n    }\n  },\n  external_resources: {\n    g: {\n      e: "v"\n    }\n  }\n#-}`);
  out.push(`{-# external_resources: { foo: { a: true } }, dialect_resources: {}, external_resources: {foo: {b: false}} #-}`);
  out.push(ext(`    foo: {\n      k: "0xZZ"\n    }`));
  out.push(ext(`    foo: {\n      k: "0x01"\n    }`));
  out.push(ext(`    foo: {\n      k: "0x0300000001"\n    }`));
  out.push(ext(`    foo: {\n      k: "0x"\n    }`));
  out.push(ext(`    foo: {\n      k: 12\n    }`));
  out.push(ext(`    foo: {\n      k: [\n    }`));
  out.push(ext(`    "foo": {\n      k: true\n    }`));
  out.push(ext(`    foo: {\n      12: true\n    }`));
  out.push(ext(`    foo: {\n      a true\n    }`));
  out.push(ext(`    foo: {\n      a: true b: false\n    }`));
  out.push(ext(`    foo { a: true }`));
  out.push(`{-# external_resources: foo #-}`);
  return out;
}
