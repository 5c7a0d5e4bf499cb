// The parsed form of an asset selection such as `+group:analytics and not tag:tier=gold`.

/** Attributes that select assets by comparing one value; `tag` is separate because it has a key and a value. */
export const SELECTION_ATTRIBUTES = ["key", "group", "tag", "owner", "kind", "code_location", "column"] as const;
export type SelectionAttribute = (typeof SELECTION_ATTRIBUTES)[number];

/** How far a traversal reaches: a number of hops, or every reachable asset. */
export type TraversalDepth = number | "all";

/**
 * One node of a selection expression. Values are patterns: `*` matches any run of characters,
 * so `key:user_events/*` matches every key under `user_events/`.
 */
export type SelectionAst =
  | { type: "all" }
  | { type: "attribute"; attribute: Exclude<SelectionAttribute, "tag">; value: string }
  | { type: "tag"; key: string; value: string | null }
  | { type: "not"; operand: SelectionAst }
  | { type: "and"; left: SelectionAst; right: SelectionAst }
  | { type: "or"; left: SelectionAst; right: SelectionAst }
  | { type: "traversal"; operand: SelectionAst; upstream: TraversalDepth | null; downstream: TraversalDepth | null };
