import { anyType } from "../../irdl/constraint.js";
import { defineDialect } from "../../irdl/dialect-def.js";
import { variadic, variadicRegion, variadicSuccessor } from "../../irdl/op-def.js";
import { defineOp } from "../common/define-op.js";
import { Pure, Terminator } from "../../irdl/traits.js";

/**
 * `test.op`: any operands, results, regions, successors and attributes, in
 * the generic form (xDSL's `test.op`), for writing tests.
 */
export class TestOp extends defineOp({
  name: "test.op",
  operands: { ops: variadic(anyType) },
  results: { res: variadic(anyType) },
  regions: { regs: variadicRegion() },
  successors: { successors: variadicSuccessor() },
}) {}

/** `test.pureop`: like `test.op`, but `Pure`. */
export class TestPureOp extends defineOp({
  name: "test.pureop",
  operands: { ops: variadic(anyType) },
  results: { res: variadic(anyType) },
  regions: { regs: variadicRegion() },
  successors: { successors: variadicSuccessor() },
  traits: [Pure],
}) {}

/** `test.termop`: like `test.op`, but a terminator. */
export class TestTermOp extends defineOp({
  name: "test.termop",
  operands: { ops: variadic(anyType) },
  results: { res: variadic(anyType) },
  regions: { regs: variadicRegion() },
  successors: { successors: variadicSuccessor() },
  traits: [Terminator],
}) {}

/** The `test` dialect, for tests. Its operations print in the generic form. */
export const testDialect = defineDialect("test", { ops: [TestOp, TestPureOp, TestTermOp], allowUnknownOperations: true });
