/**
 * tsdl: a fast, MLIR-compatible compiler framework.
 * This module re-exports the public API.
 */
export {};
