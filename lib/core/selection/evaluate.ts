// Evaluates a selection against an asset graph, returning the selected keys in dependency order.
import type { AssetGraph } from "../assetGraph";
import { declaredColumnNames } from "../columnLineage";
import type { AssetNodeSnapshot } from "../definitionsSnapshot";
import type { SelectionAst, TraversalDepth } from "./ast";
import { parseSelection } from "./parse";
import type { SelectionSyntaxError } from "./syntaxError";

export type SelectAssetsResult = { ok: true; keys: string[] } | { ok: false; error: SelectionSyntaxError };

/** Parses and evaluates `text`; empty text selects every asset. Keys come back in topological order. */
export function selectAssets(graph: AssetGraph, text: string): SelectAssetsResult {
  const parsed = parseSelection(text);
  if (!parsed.ok) return parsed;
  return { ok: true, keys: selectAssetsByAst(graph, parsed.ast) };
}

/** Evaluates an already parsed selection; keys come back in topological order. */
export function selectAssetsByAst(graph: AssetGraph, ast: SelectionAst): string[] {
  return graph.topologicalOrder(evaluate(graph, ast));
}

function evaluate(graph: AssetGraph, ast: SelectionAst): Set<string> {
  switch (ast.type) {
    case "all":
      return new Set(graph.keys);
    case "attribute": {
      if (ast.attribute === "key" && !ast.value.includes("*")) return new Set(graph.has(ast.value) ? [ast.value] : []);
      const matches = patternMatcher(ast.value);
      const values = ATTRIBUTE_VALUES[ast.attribute];
      return filterNodes(graph, (key, node) => values(key, node).some(matches));
    }
    case "tag": {
      const { key: tagKey, value } = ast;
      const matches = value === null ? () => true : patternMatcher(value);
      return filterNodes(graph, (_key, node) => Object.hasOwn(node.tags, tagKey) && matches(node.tags[tagKey] ?? ""));
    }
    case "not": {
      const excluded = evaluate(graph, ast.operand);
      return new Set(graph.keys.filter((key) => !excluded.has(key)));
    }
    case "and": {
      const [first, ...rest] = chainOperands(ast);
      let result = evaluate(graph, first as SelectionAst);
      for (const operand of rest) {
        const other = evaluate(graph, operand);
        result = new Set([...result].filter((key) => other.has(key)));
      }
      return result;
    }
    case "or": {
      const result = new Set<string>();
      for (const operand of chainOperands(ast)) for (const key of evaluate(graph, operand)) result.add(key);
      return result;
    }
    case "traversal": {
      const start = evaluate(graph, ast.operand);
      const result = new Set(start);
      if (ast.upstream !== null)
        for (const key of reach(start, (k) => graph.upstream(k), ast.upstream)) result.add(key);
      if (ast.downstream !== null)
        for (const key of reach(start, (k) => graph.downstream(k), ast.downstream)) result.add(key);
      return result;
    }
  }
}

/**
 * The operands of a chain such as "a or b or c …" (parsed left-deep), read without recursing down it: a selection
 * listing thousands of keys would otherwise recurse once per key.
 */
function chainOperands(ast: Extract<SelectionAst, { type: "and" | "or" }>): SelectionAst[] {
  const operands: SelectionAst[] = [];
  let node: SelectionAst = ast;
  while (node.type === ast.type) {
    const link = node as Extract<SelectionAst, { type: "and" | "or" }>;
    operands.push(link.right);
    node = link.left;
  }
  operands.push(node);
  return operands.reverse();
}

/** The values each attribute compares against; list-valued attributes match when any entry matches. */
const ATTRIBUTE_VALUES: Record<
  Extract<SelectionAst, { type: "attribute" }>["attribute"],
  (key: string, node: AssetNodeSnapshot) => readonly string[]
> = {
  key: (key) => [key],
  group: (_key, node) => [node.groupName],
  owner: (_key, node) => node.owners,
  kind: (_key, node) => node.kinds,
  code_location: (_key, node) => (node.codeLocationName === undefined ? [] : [node.codeLocationName]),
  // A column of the definition's table schema or an output of its column lineage.
  column: (_key, node) => declaredColumnNames(node),
};

function filterNodes(graph: AssetGraph, predicate: (key: string, node: AssetNodeSnapshot) => boolean): Set<string> {
  const selected = new Set<string>();
  for (const [key, node] of graph.nodes) if (predicate(key, node)) selected.add(key);
  return selected;
}

/** Exact comparison, or a glob when the pattern holds "*" (which matches any run of characters, "/" included). */
function patternMatcher(pattern: string): (value: string) => boolean {
  if (!pattern.includes("*")) return (value) => value === pattern;
  const source = pattern
    .split("*")
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  const regex = new RegExp(`^${source}$`, "s");
  return (value) => regex.test(value);
}

/** Multi-source breadth-first walk: every key within `depth` hops of any start key, excluding the start keys' own hop 0. */
function reach(start: ReadonlySet<string>, next: (key: string) => string[], depth: TraversalDepth): Set<string> {
  const limit = depth === "all" ? Number.POSITIVE_INFINITY : depth;
  const seen = new Set(start);
  const found = new Set<string>();
  let frontier = [...start];
  for (let hop = 0; hop < limit && frontier.length > 0; hop++) {
    const following: string[] = [];
    for (const key of frontier) {
      for (const neighbour of next(key)) {
        if (seen.has(neighbour)) continue;
        seen.add(neighbour);
        found.add(neighbour);
        following.push(neighbour);
      }
    }
    frontier = following;
  }
  return found;
}
