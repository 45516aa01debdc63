/**
 * Float formats and values for MLIR's builtin float types: conversion with
 * `APFloat`'s rounding, and parsing and printing as `mlir-opt` does.
 *
 * Values are `bigint` bit patterns; see `bits.ts` for the encoding.
 */
export {
  allFloatSemantics,
  BF16,
  F128,
  F16,
  F32,
  F64,
  F80,
  floatSemantics,
  FloatSemantics,
  NanEncoding,
  NonFiniteBehavior,
} from "./semantics.js";
export {
  fromStorageBits,
  infinityBits,
  isFinite,
  isInf,
  isNaN,
  isNegative,
  isZero,
  largestBits,
  nanBits,
  negate,
  smallestNormalBits,
  storageBits,
  zeroBits,
} from "./bits.js";
export { convertFloat, fromNumber, fromNumberBits, toNumber, type FloatConversion } from "./convert.js";
export { decimalToBits, parseDecimal } from "./decimal.js";
export { formatFloat, formatHex, toDecimalString } from "./format.js";
export { parseFloatLiteral, parseHexFloatLiteral, type FloatLiteralResult } from "./parse.js";
