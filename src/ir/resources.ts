/**
 * A value of an external resource entry (`{-# external_resources: {...} #-}`),
 * kept verbatim so that files round-trip.
 */
export type ResourceValue =
  | { readonly kind: "bool"; readonly value: boolean }
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "blob"; readonly alignment: number; readonly data: Uint8Array };

/** External resources by group name, then key, in file order. */
export type ExternalResources = Map<string, Map<string, ResourceValue>>;
