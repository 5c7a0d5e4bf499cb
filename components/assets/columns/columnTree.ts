// Turns a column's path (each column with the one it was reached from) into a tree to draw as an indented list, and
// matches column names against the search box.

export interface ColumnRefLike {
  assetKey: { path: readonly string[] };
  column: string;
}

export interface PathStepLike extends ColumnRefLike {
  depth: number;
  via: ColumnRefLike;
}

export interface ColumnTreeNode<T extends PathStepLike> {
  step: T;
  children: ColumnTreeNode<T>[];
}

export const columnId = (ref: ColumnRefLike) => `${ref.assetKey.path.join("/")}\u0000${ref.column}`;

/** The steps under the start column, each below the column it was reached from, in the order given. */
export function columnTree<T extends PathStepLike>(start: ColumnRefLike, steps: readonly T[]): ColumnTreeNode<T>[] {
  const roots: ColumnTreeNode<T>[] = [];
  const byId = new Map<string, ColumnTreeNode<T>[]>([[columnId(start), roots]]);
  for (const step of steps) {
    const node: ColumnTreeNode<T> = { step, children: [] };
    // A step always comes after the one it was reached from (breadth first); one that does not is kept at the top.
    (byId.get(columnId(step.via)) ?? roots).push(node);
    byId.set(columnId(step), node.children);
  }
  return roots;
}

/**
 * Whether a column name matches the search: a case-insensitive substring, or a glob when it holds "*"
 * (`*_id`, as in the `column:` selection).
 */
export function columnMatches(name: string, search: string): boolean {
  const text = search.trim().toLowerCase();
  if (text === "") return true;
  if (!text.includes("*")) return name.toLowerCase().includes(text);
  const source = text
    .split("*")
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${source}$`, "s").test(name.toLowerCase());
}
