// Output (output.ts): the printer's byte buffer, and how it splits huge
// output into chunks (forced here with a tiny chunk size: real chunks are
// 1 GiB, and output past 4 GiB does not fit in one typed array).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Output } from "../../../src/print/output.js";
import { Context } from "../../../src/ir/context.js";
import { parseSourceString } from "../../../src/parse/parse.js";
import { printOperation, printOperationBytes, printOperationChunks } from "../../../src/print/print.js";

const decoder = new TextDecoder();

function joined(chunks: readonly Uint8Array[]): string {
  return chunks.map((c) => decoder.decode(c)).join("");
}

/** Writes a mix of everything Output takes; returns what it should hold. */
function fill(out: Output): string {
  let expected = "";
  for (let i = 0; i < 200; i++) {
    out.write("op");
    out.writeUint(i * 37);
    out.writeByte(0x20);
    out.writeSpaces(i % 5);
    out.write("é€😀");
    out.writeBytes(new TextEncoder().encode("<b>"));
    expected += "op" + i * 37 + " " + " ".repeat(i % 5) + "é€😀" + "<b>";
  }
  return expected;
}

describe("Output", () => {
  test("one chunk for ordinary output", () => {
    const out = new Output(4);
    const expected = fill(out);
    assert.equal(out.chunks().length, 1);
    assert.equal(out.toString(), expected);
    assert.equal(decoder.decode(out.bytes()), expected);
    assert.equal(out.length, out.bytes().length);
  });

  test("past the chunk size, output continues in new chunks, none larger than it", () => {
    const out = new Output(4, 64);
    const expected = fill(out);
    const chunks = out.chunks();
    assert.ok(chunks.length > 10, `${chunks.length} chunks`);
    for (const c of chunks) assert.ok(c.length <= 64 && c.length > 0);
    assert.equal(joined(chunks), expected);
    assert.equal(out.toString(), expected);
    assert.equal(decoder.decode(out.bytes()), expected);
    assert.equal(out.length, new TextEncoder().encode(expected).length);
  });

  test("a write larger than the chunk size gets a chunk of its own", () => {
    const out = new Output(4, 16);
    out.write("ab");
    const big = "x".repeat(100) + "é";
    out.write(big);
    out.write("cd");
    assert.equal(joined(out.chunks()), "ab" + big + "cd");
    assert.equal(out.toString(), "ab" + big + "cd");
  });

  test("copyFrom spans chunk boundaries", () => {
    const out = new Output(4, 16);
    out.write("0123456789");
    const from = out.length;
    out.write("abcdefghij");
    out.write("klmnop");
    out.writeUint(12345);
    assert.ok(out.chunks().length > 1);
    assert.equal(decoder.decode(out.copyFrom(from)), "abcdefghijklmnop12345");
    assert.equal(decoder.decode(out.copyFrom(3)), "3456789abcdefghijklmnop12345");
    assert.equal(decoder.decode(out.copyFrom(out.length)), "");
  });
});

describe("printOperationChunks", () => {
  test("gives the bytes of printOperationBytes", () => {
    const ctx = new Context({ allowUnregisteredDialects: true });
    const m = parseSourceString(ctx, '"foo.op"() ({\n  "foo.inner"() {s = "é"} : () -> ()\n}) : () -> ()\n');
    const chunks = printOperationChunks(m);
    assert.equal(chunks.length, 1);
    assert.deepEqual(chunks[0], printOperationBytes(m));
    assert.equal(joined(chunks), printOperation(m));
  });
});
