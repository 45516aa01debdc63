// Diagnostics as data (diagnostic.ts) and IRError (ir-error.ts).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Context } from "../../../src/ir/context.js";
import {
  Diagnostic,
  DiagnosticError,
  formatOperation,
  opError,
  opErrorPlain,
  setOperationFormatter,
  Severity,
  VerifyError,
} from "../../../src/ir/diagnostic.js";
import { IRError } from "../../../src/ir/ir-error.js";
import { Operation } from "../../../src/ir/operation.js";
import { FileLineColLoc, NameLoc } from "../../../src/dialects/builtin/attributes/locations.js";

describe("Diagnostic", () => {
  test("notes default to the diagnostic's location and are returned for chaining", () => {
    const ctx = new Context();
    const loc = FileLineColLoc.get(ctx, "a.mlir", 1, 2);
    const other = NameLoc.get(ctx, "x");
    const d = new Diagnostic(Severity.Error, "bad", loc);
    const n1 = d.attachNote("first");
    const n2 = d.attachNote("second", other);
    const n3 = d.attachNote("third", null);
    assert.deepEqual(d.notes, [n1, n2, n3]);
    assert.equal(n1.location, loc);
    assert.equal(n2.location, other);
    assert.equal(n3.location, null);
    assert.equal(n1.severity, Severity.Note);
    assert.equal(n1.message, "first");
    assert.equal(d.op, null);
  });

  test("opError prefixes the op name and points at the op", () => {
    const ctx = new Context({ allowUnregisteredDialects: true });
    const loc = NameLoc.get(ctx, "here");
    const op = Operation.create(ctx.operationName("foo.op"), { location: loc });
    const e = opError(op, "requires 2 operands");
    assert.ok(e instanceof VerifyError);
    assert.ok(e instanceof DiagnosticError);
    assert.ok(e instanceof Error);
    assert.equal(e.name, "VerifyError");
    assert.equal(e.message, "'foo.op' op requires 2 operands");
    assert.equal(e.diagnostic.message, e.message);
    assert.equal(e.diagnostic.severity, Severity.Error);
    assert.equal(e.diagnostic.location, loc);
    assert.equal(e.diagnostic.op, op);
    const p = opErrorPlain(op, "plain words");
    assert.equal(p.message, "plain words");
    assert.equal(p.diagnostic.op, op);
    assert.equal(p.diagnostic.location, loc);
  });

  test("formatOperation names the op until a formatter is installed", () => {
    const ctx = new Context({ allowUnregisteredDialects: true });
    const op = Operation.create(ctx.operationName("foo.op"));
    assert.equal(formatOperation(op), "'foo.op'");
    setOperationFormatter((o) => `<${o.opName}>`);
    try {
      assert.equal(formatOperation(op), "<foo.op>");
    } finally {
      setOperationFormatter((o) => `'${o.opName}'`);
    }
  });
});

describe("IRError", () => {
  test("is an Error named IRError, distinct from diagnostics", () => {
    const e = new IRError("misuse");
    assert.ok(e instanceof Error);
    assert.ok(!(e instanceof DiagnosticError));
    assert.equal(e.name, "IRError");
    assert.equal(e.message, "misuse");
  });
});
