import type { Attribute, TypeAttribute } from "../ir/attribute.js";
import { Block } from "../ir/block.js";
import type { Context } from "../ir/context.js";
import { Diagnostic, Severity } from "../ir/diagnostic.js";
import type { Operation } from "../ir/operation.js";
import { FileLineColLoc } from "../dialects/builtin/attributes/locations.js";
import { createModule } from "../dialects/builtin/ops/module-op.js";
import { SourceFile } from "../diag/source-file.js";
import { parseAttribute as parseAttr } from "./attribute-parser.js";
import { OperationParser } from "./operation-parser.js";
import { ParseError, ParserState, withParseErrors } from "./parser-state.js";
import { Tok } from "./token.js";
import { parseType as parseTy } from "./type-parser.js";

/** Options of {@link parseSourceString}. */
export interface ParseOptions {
  /** Name used in locations and diagnostics (default `<string>`). */
  filename?: string;
  /** Offset where parsing starts (for `--split-input-file` chunks). */
  begin?: number;
  /** Offset where parsing ends. */
  end?: number;
  /**
   * False for `--no-implicit-module`: the text must hold exactly one
   * top-level operation, which is returned (of any kind) instead of a module.
   */
  implicitModule?: boolean;
}

/**
 * Parses MLIR text into a `builtin.module`, as `mlir-opt` does: when the
 * text holds exactly one top-level `builtin.module` it is returned as is;
 * otherwise the top-level operations are wrapped in a new module whose
 * location is `file:0:0` (with `begin`, for a later `--split-input-file`
 * chunk: the line and column of `begin`).
 *
 * Throws a `ParseError` (with a located diagnostic) on invalid input. The
 * result is not verified: call `verify` for that.
 */
export function parseSourceFile(ctx: Context, source: SourceFile, options: Omit<ParseOptions, "filename"> = {}): Operation {
  const begin = options.begin ?? 0;
  const state = new ParserState(ctx, source, begin, options.end ?? source.text.length);
  // The location of an implicit module, as mlir-opt places it: `file:0:0`
  // for the whole file (or the first chunk), else where the chunk begins
  // (right after the `// -----` marker). Found before parsing, while the
  // source's line cursor is still at or before `begin`.
  const moduleLoc = begin === 0 ? FileLineColLoc.ofOperation(ctx, source.name, 0, 0) : state.locationAt(begin);
  const block = new Block();
  withParseErrors(state, () => new OperationParser(state).parseTopLevel(block));
  if (options.implicitModule === false) {
    if (block.numOps !== 1) {
      const message = `source must contain a single top-level operation, found: ${block.numOps}`;
      throw new ParseError(new Diagnostic(Severity.Error, message, moduleLoc));
    }
    return block.first!.detach();
  }
  const first = block.first;
  if (first !== null && first === block.last && first.name.name === "builtin.module") {
    first.detach();
    return first;
  }
  const module = createModule(ctx, moduleLoc);
  const body = module.region(0).first!;
  for (let op = block.first; op !== null; ) {
    const next = op.next;
    op.detach();
    body.append(op);
    op = next;
  }
  return module;
}

/** {@link parseSourceFile} on a string. */
export function parseSourceString(ctx: Context, text: string, options: ParseOptions = {}): Operation {
  return parseSourceFile(ctx, new SourceFile(options.filename ?? "<string>", text), options);
}

/** Parses a single attribute from `text` (the whole text must be consumed). */
export function parseAttribute(ctx: Context, text: string): Attribute {
  const state = new ParserState(ctx, new SourceFile("<string>", text));
  return withParseErrors(state, () => {
    const a = parseAttr(state);
    if (state.tok() !== Tok.Eof) state.error(`found trailing characters: '${text.slice(state.lex.start)}'`);
    return a;
  });
}

/** Parses a single type from `text` (the whole text must be consumed). */
export function parseType(ctx: Context, text: string): TypeAttribute {
  const state = new ParserState(ctx, new SourceFile("<string>", text));
  return withParseErrors(state, () => {
    const t = parseTy(state);
    if (state.tok() !== Tok.Eof) state.error(`found trailing characters: '${text.slice(state.lex.start)}'`);
    return t;
  });
}
