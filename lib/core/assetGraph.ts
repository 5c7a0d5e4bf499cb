// The asset lineage graph: direct and transitive upstream/downstream lookups and a deterministic dependency order.
import { compareAssetKeys, toAssetKeyString } from "./assetKey";
import type { AssetNodeSnapshot } from "./definitionsSnapshot";

/** A dependency edge as key strings: `downstream` reads from `upstream`. */
export type AssetEdge = readonly [upstream: string, downstream: string];

export interface AssetGraph {
  /** Every node, keyed by its key string ("analytics/fact_events"). */
  readonly nodes: ReadonlyMap<string, AssetNodeSnapshot>;
  /** All key strings, sorted. */
  readonly keys: readonly string[];
  /** Whether no dependency cycle runs through the graph (definitions with one are rejected when they load). */
  readonly acyclic: boolean;
  has(key: string): boolean;
  /** Direct upstream keys that exist in the graph, sorted. Dependencies on unknown keys are left out. */
  upstream(key: string): string[];
  /** Direct downstream keys, sorted. */
  downstream(key: string): string[];
  /** Every ancestor within `depth` hops (all when omitted), not including `key`, in dependency order. */
  upstreamClosure(key: string, depth?: number): string[];
  /** Every descendant within `depth` hops (all when omitted), not including `key`, in dependency order. */
  downstreamClosure(key: string, depth?: number): string[];
  /**
   * The given keys (all when omitted) ordered so each comes after its upstream assets; ties break by key,
   * so the order is the same on every call. Unknown keys are dropped. Keys on a cycle come last, sorted.
   */
  topologicalOrder(keys?: Iterable<string>): string[];
}

export function buildAssetGraph(nodes: readonly AssetNodeSnapshot[]): AssetGraph {
  const byKey = new Map<string, AssetNodeSnapshot>();
  for (const node of nodes) {
    const key = toAssetKeyString(node.key);
    // The first definition of a key wins, matching the store's rule for duplicates across code locations.
    if (!byKey.has(key)) byKey.set(key, node);
  }
  const keys = [...byKey.keys()].sort(compareAssetKeys);
  const parents = new Map<string, string[]>(keys.map((k) => [k, []]));
  const children = new Map<string, string[]>(keys.map((k) => [k, []]));
  for (const [key, node] of byKey) {
    const seen = new Set<string>();
    for (const dependency of node.dependencyKeys) {
      const upstreamKey = toAssetKeyString(dependency);
      // Unknown keys are reported by definition validation; the graph just leaves them out.
      if (!byKey.has(upstreamKey) || seen.has(upstreamKey)) continue;
      seen.add(upstreamKey);
      parents.get(key)?.push(upstreamKey);
      children.get(upstreamKey)?.push(key);
    }
  }
  for (const list of [...parents.values(), ...children.values()]) list.sort(compareAssetKeys);

  const { order, acyclic } = kahnOrder(keys, parents, children);
  const rank = new Map(order.map((key, index) => [key, index]));

  const inOrder = (selected: Iterable<string>): string[] =>
    [...new Set(selected)].filter((k) => rank.has(k)).sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));

  return {
    nodes: byKey,
    keys,
    acyclic,
    has: (key) => byKey.has(key),
    upstream: (key) => [...(parents.get(key) ?? [])],
    downstream: (key) => [...(children.get(key) ?? [])],
    upstreamClosure: (key, depth) => inOrder(walk(key, parents, depth)),
    downstreamClosure: (key, depth) => inOrder(walk(key, children, depth)),
    topologicalOrder: (selected) => (selected === undefined ? [...order] : inOrder(selected)),
  };
}

/** Breadth-first walk along `next` for at most `depth` hops; the start key itself is never included. */
function walk(start: string, next: ReadonlyMap<string, string[]>, depth: number | undefined): Set<string> {
  const limit = depth ?? Number.POSITIVE_INFINITY;
  const found = new Set<string>();
  let frontier = [start];
  for (let hop = 0; hop < limit && frontier.length > 0; hop++) {
    const following: string[] = [];
    for (const key of frontier) {
      for (const neighbour of next.get(key) ?? []) {
        if (found.has(neighbour) || neighbour === start) continue;
        found.add(neighbour);
        following.push(neighbour);
      }
    }
    frontier = following;
  }
  return found;
}

/** Kahn's algorithm, always taking the smallest ready key so the order does not depend on input order. */
function kahnOrder(
  keys: readonly string[],
  parents: ReadonlyMap<string, string[]>,
  children: ReadonlyMap<string, string[]>,
): { order: string[]; acyclic: boolean } {
  const remaining = new Map(keys.map((k) => [k, parents.get(k)?.length ?? 0]));
  const ready = new MinQueue(keys.filter((k) => remaining.get(k) === 0));
  const order: string[] = [];
  for (let key = ready.pop(); key !== undefined; key = ready.pop()) {
    order.push(key);
    remaining.delete(key);
    for (const child of children.get(key) ?? []) {
      const left = (remaining.get(child) ?? 0) - 1;
      remaining.set(child, left);
      if (left === 0) ready.push(child);
    }
  }
  // Cycles are rejected when definitions load; if one reaches us anyway, keep its keys rather than lose them.
  return { order: order.concat([...remaining.keys()].sort(compareAssetKeys)), acyclic: remaining.size === 0 };
}

/** A small binary heap of key strings, so ordering stays O(n log n) on graphs with thousands of assets. */
class MinQueue {
  private readonly heap: string[] = [];

  constructor(initial: readonly string[]) {
    for (const key of initial) this.push(key);
  }

  push(key: string): void {
    const heap = this.heap;
    heap.push(key);
    let index = heap.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (compareAssetKeys(heap[parent] as string, key) <= 0) break;
      heap[index] = heap[parent] as string;
      index = parent;
    }
    heap[index] = key;
  }

  pop(): string | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length === 0 || last === undefined) return top;
    let index = 0;
    for (;;) {
      const left = index * 2 + 1;
      const right = left + 1;
      let smallest = index;
      let smallestKey = last;
      if (left < heap.length && compareAssetKeys(heap[left] as string, smallestKey) < 0) {
        smallest = left;
        smallestKey = heap[left] as string;
      }
      if (right < heap.length && compareAssetKeys(heap[right] as string, smallestKey) < 0) {
        smallest = right;
        smallestKey = heap[right] as string;
      }
      if (smallest === index) break;
      heap[index] = smallestKey;
      index = smallest;
    }
    heap[index] = last;
    return top;
  }
}

/**
 * Finds one dependency cycle and returns it in data-flow direction, starting and ending at its smallest key,
 * e.g. ["a", "b", "c", "a"] when b reads a, c reads b and a reads c. Returns null when there is none.
 * Accepts asset nodes or edges; dependencies on unknown keys are ignored.
 */
export function findCycle(input: readonly AssetNodeSnapshot[] | readonly AssetEdge[]): string[] | null {
  const children = new Map<string, string[]>();
  const addEdge = (from: string, to: string) => {
    const list = children.get(from);
    if (list) list.push(to);
    else children.set(from, [to]);
    if (!children.has(to)) children.set(to, []);
  };
  for (const item of input) {
    if (isEdge(item)) {
      addEdge(item[0], item[1]);
      continue;
    }
    const key = toAssetKeyString(item.key);
    if (!children.has(key)) children.set(key, []);
  }
  const known = new Set(children.keys());
  for (const item of input) {
    if (isEdge(item)) continue;
    const key = toAssetKeyString(item.key);
    for (const dependency of item.dependencyKeys) {
      const upstreamKey = toAssetKeyString(dependency);
      if (known.has(upstreamKey)) addEdge(upstreamKey, key);
    }
  }
  for (const list of children.values()) list.sort(compareAssetKeys);

  // Iterative depth-first search with colours, so deep chains do not overflow the stack.
  const state = new Map<string, "active" | "done">();
  for (const root of [...children.keys()].sort(compareAssetKeys)) {
    if (state.has(root)) continue;
    const path: string[] = [root];
    const cursors: number[] = [0];
    state.set(root, "active");
    while (path.length > 0) {
      const depthIndex = path.length - 1;
      const key = path[depthIndex] as string;
      const next = children.get(key) ?? [];
      const cursor = cursors[depthIndex] ?? 0;
      if (cursor >= next.length) {
        state.set(key, "done");
        path.pop();
        cursors.pop();
        continue;
      }
      cursors[depthIndex] = cursor + 1;
      const child = next[cursor] as string;
      const childState = state.get(child);
      if (childState === "active") return rotateToSmallest(path.slice(path.indexOf(child)));
      if (childState === undefined) {
        state.set(child, "active");
        path.push(child);
        cursors.push(0);
      }
    }
  }
  return null;
}

function isEdge(item: AssetNodeSnapshot | AssetEdge): item is AssetEdge {
  return Array.isArray(item);
}

function rotateToSmallest(cycle: string[]): string[] {
  const smallest = [...cycle].sort(compareAssetKeys)[0] as string;
  const start = cycle.indexOf(smallest);
  const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
  return [...rotated, smallest];
}
