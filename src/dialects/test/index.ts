/** The `test` dialect: `test.op`, `test.pureop`, `test.termop`. */
export { TestOp, TestPureOp, TestTermOp, testDialect as dialect } from "./dialect.js";
