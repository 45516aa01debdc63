/** The `func` dialect: its operations and the dialect object. */
export * from "./ops.js";
export { funcDialect as dialect } from "./dialect.js";
