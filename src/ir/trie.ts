/**
 * A map keyed by sequences of primitives or uniqued objects, used by the
 * uniquing tables of composite attributes (tuple, function, array and
 * dictionary attributes...). Because sub-attributes are already uniqued,
 * keying by their identity is exact, and no key string is ever built.
 *
 * Children maps are created on demand: most nodes are leaves (one per
 * distinct attribute), and an empty `Map` per leaf would dominate memory.
 */
export class Trie<V> {
  private children: Map<unknown, Trie<V>> | null = null;
  private value: V | undefined = undefined;

  /**
   * Looks up the sequence `parts[0..n)`; when absent, stores and returns
   * `make()`.
   */
  intern(parts: ArrayLike<unknown>, n: number, make: () => V): V {
    let node: Trie<V> = this;
    for (let i = 0; i < n; i++) {
      const k = parts[i];
      let m = node.children;
      if (m === null) node.children = m = new Map();
      let c = m.get(k);
      if (c === undefined) {
        c = new Trie<V>();
        m.set(k, c);
      }
      node = c;
    }
    let v = node.value;
    if (v === undefined) node.value = v = make();
    return v;
  }

  /** Looks up the sequence `parts[0..n)`; undefined when absent. */
  get(parts: ArrayLike<unknown>, n: number): V | undefined {
    let node: Trie<V> | undefined = this;
    for (let i = 0; i < n && node !== undefined; i++) node = node.children === null ? undefined : node.children.get(parts[i]);
    return node?.value;
  }
}
