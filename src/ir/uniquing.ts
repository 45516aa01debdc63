let nextTableId = 0;

/**
 * Reserves a slot for a uniquing table in every `Context`. Attribute
 * classes call this once, at module load, and keep the id in a module
 * constant: `context.table(id)` is then an array index, not a map lookup.
 *
 * (In its own module, with no imports, so that attribute modules can call it
 * while the module graph is still loading.)
 */
export function newUniquingTable(): number {
  return nextTableId++;
}
