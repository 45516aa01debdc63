/** The `arith` dialect: its operations, attributes and the dialect object. */
export * from "./ops.js";
export * from "./attributes.js";
export { arithDialect as dialect } from "./dialect.js";
