import { Block } from "./block.js";
import { IRMapping } from "./mapping.js";
import { Operation } from "./operation.js";
import { Region } from "./region.js";

/**
 * Deep-copies `op` (see {@link Operation.clone}).
 *
 * Two passes, without recursion: the first copies the structure (operations,
 * results, regions, blocks and block arguments) and records every image in
 * `mapping`; the second sets operands and successors through the mapping.
 * Splitting them handles uses that precede their definition in the block
 * list (graph regions, or blocks listed after the blocks they dominate).
 */
export function cloneOperation(op: Operation, mapping: IRMapping = new IRMapping()): Operation {
  const pairs: Operation[] = []; // original, copy, original, copy, ...
  const root = copyShell(op, mapping, pairs);
  const work: Region[] = [];
  for (let i = op.regions.length - 1; i >= 0; i--) work.push(op.regions[i]!, root.regions[i]!);
  while (work.length > 0) {
    const to = work.pop()!;
    const from = work.pop()!;
    for (let b = from.first; b !== null; b = b.next) {
      const nb = new Block();
      for (const a of b.arguments) mapping.mapValue(a, nb.addArgument(a.type, a.location));
      mapping.mapBlock(b, nb);
      to.append(nb);
    }
    for (let b = from.first, nb = to.first; b !== null; b = b.next, nb = nb!.next) {
      for (let o = b.first; o !== null; o = o.next) {
        const c = copyShell(o, mapping, pairs);
        nb!.append(c);
        for (let i = o.regions.length - 1; i >= 0; i--) work.push(o.regions[i]!, c.regions[i]!);
      }
    }
  }
  for (let i = 0; i < pairs.length; i += 2) {
    const from = pairs[i]!;
    const to = pairs[i + 1]!;
    if (from.operands.length > 0) to.setOperands(from.operands.map((u) => mapping.lookupValue(u.value)));
    if (from.successors.length > 0) to.setSuccessors(from.successors.map((s) => mapping.lookupBlock(s.block)));
  }
  return root;
}

/** Copies everything but operands, successors and region contents. */
function copyShell(op: Operation, mapping: IRMapping, pairs: Operation[]): Operation {
  const c = Operation.create(op.name, {
    resultTypes: op.results.map((r) => r.type),
    properties: op.properties,
    attributes: op.attributes,
    regions: op.regions.length,
    location: op.location,
  });
  for (let i = 0; i < op.results.length; i++) mapping.mapValue(op.results[i]!, c.results[i]!);
  mapping.mapOp(op, c);
  pairs.push(op, c);
  return c;
}
