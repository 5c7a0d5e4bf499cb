// Which targeted assets share runs. Assets of one code location with equal partitions definitions run together,
// one run per partition, unless that would make a run wait for itself; then the group is split until it does not.
import { partitionsDefinitionId } from "../partitions";
import type { PartitionMappingSnapshot } from "../partitions/types";
import type { BackfillTarget } from "./types";

/** A dependency between two targeted assets, with the mapping the downstream reads the upstream through. */
export interface TargetEdge {
  upstream: string;
  downstream: string;
  mapping: PartitionMappingSnapshot;
  /** Each downstream partition reads exactly the same upstream partition (or both are unpartitioned). */
  identity: boolean;
}

/** How finely a group was split: by definition, then by identity-connected lineage, then one asset each. */
type Level = "definition" | "lineage" | "asset";

interface Group {
  members: string[];
  level: Level;
}

/**
 * Groups targets so that (1) every edge inside a group is an identity edge, so a run never reads another partition
 * of its own group, and (2) groups form a DAG, so runs never wait for each other in a circle (daily → weekly → daily
 * would otherwise make day d's run wait for the weekly run that waits for day d). Returns asset key lists, each in
 * dependency order, with the groups themselves in dependency order.
 */
export function groupTargets(
  order: readonly string[],
  targets: ReadonlyMap<string, BackfillTarget>,
  edges: readonly TargetEdge[],
): string[][] {
  let groups = groupByDefinition(order, targets);
  for (;;) {
    const groupOf = indexMembers(groups);
    let offending = new Set<number>();
    for (const edge of edges) {
      const group = groupOf.get(edge.upstream);
      if (group !== undefined && group === groupOf.get(edge.downstream) && !edge.identity) offending.add(group);
    }
    if (offending.size === 0) offending = groupsOnCycles(groups.length, groupEdges(edges, groupOf));
    const toSplit = new Set([...offending].filter((index) => groups[index]?.level !== "asset"));
    // Single assets cannot be split further; the asset graph is acyclic, so they never offend.
    if (toSplit.size === 0) break;
    groups = groups.flatMap((group, index) => (toSplit.has(index) ? splitGroup(group, edges) : [group]));
  }
  return orderGroups(groups, edges, new Map(order.map((key, index) => [key, index])));
}

function groupByDefinition(order: readonly string[], targets: ReadonlyMap<string, BackfillTarget>): Group[] {
  const byDefinition = new Map<string, Group>();
  for (const key of order) {
    const target = targets.get(key);
    if (!target) continue;
    const definition = target.node.partitionsDefinition;
    const id = `${target.codeLocationName}\u0000${definition ? partitionsDefinitionId(definition) : ""}`;
    const group = byDefinition.get(id);
    if (group) group.members.push(key);
    else byDefinition.set(id, { members: [key], level: "definition" });
  }
  return [...byDefinition.values()];
}

function splitGroup(group: Group, edges: readonly TargetEdge[]): Group[] {
  if (group.level !== "definition") return group.members.map((key) => ({ members: [key], level: "asset" }));
  // Union-find over identity edges inside the group: assets joined by them can always share a run.
  const parent = new Map(group.members.map((key) => [key, key]));
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(key, root);
    return root;
  };
  for (const edge of edges) {
    if (edge.identity && parent.has(edge.upstream) && parent.has(edge.downstream))
      parent.set(find(edge.downstream), find(edge.upstream));
  }
  const components = new Map<string, string[]>();
  for (const key of group.members) {
    const root = find(key);
    const list = components.get(root);
    if (list) list.push(key);
    else components.set(root, [key]);
  }
  return [...components.values()].map((members) => ({ members, level: "lineage" }));
}

function indexMembers(groups: readonly Group[]): Map<string, number> {
  const groupOf = new Map<string, number>();
  groups.forEach((group, index) => group.members.forEach((key) => groupOf.set(key, index)));
  return groupOf;
}

function groupEdges(edges: readonly TargetEdge[], groupOf: ReadonlyMap<string, number>): Map<number, Set<number>> {
  const next = new Map<number, Set<number>>();
  for (const edge of edges) {
    const from = groupOf.get(edge.upstream);
    const to = groupOf.get(edge.downstream);
    if (from === undefined || to === undefined || from === to) continue;
    const set = next.get(from);
    if (set) set.add(to);
    else next.set(from, new Set([to]));
  }
  return next;
}

/** Groups that lie on a cycle of the group graph (Tarjan's strongly connected components). */
function groupsOnCycles(count: number, next: ReadonlyMap<number, Set<number>>): Set<number> {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const stack: number[] = [];
  const onStack = new Set<number>();
  const found = new Set<number>();
  let counter = 0;
  const visit = (node: number) => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const child of next.get(node) ?? []) {
      if (!index.has(child)) {
        visit(child);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(child) ?? 0));
      } else if (onStack.has(child)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(child) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: number[] = [];
    for (;;) {
      const member = stack.pop() as number;
      onStack.delete(member);
      component.push(member);
      if (member === node) break;
    }
    if (component.length > 1) component.forEach((member) => found.add(member));
  };
  for (let node = 0; node < count; node++) if (!index.has(node)) visit(node);
  return found;
}

/** Kahn's order over groups; among ready groups the one whose first asset comes first in dependency order. */
function orderGroups(
  groups: readonly Group[],
  edges: readonly TargetEdge[],
  rank: ReadonlyMap<string, number>,
): string[][] {
  const next = groupEdges(edges, indexMembers(groups));
  const waiting = new Map<number, number>(groups.map((_, index) => [index, 0]));
  for (const targets of next.values()) for (const to of targets) waiting.set(to, (waiting.get(to) ?? 0) + 1);
  const firstRank = (index: number) => rank.get(groups[index]?.members[0] ?? "") ?? 0;
  const ordered: string[][] = [];
  const ready = [...waiting].filter(([, count]) => count === 0).map(([index]) => index);
  while (ready.length > 0) {
    ready.sort((a, b) => firstRank(a) - firstRank(b));
    const index = ready.shift() as number;
    waiting.delete(index);
    ordered.push(groups[index]?.members ?? []);
    for (const to of next.get(index) ?? []) {
      const left = (waiting.get(to) ?? 0) - 1;
      waiting.set(to, left);
      if (left === 0) ready.push(to);
    }
  }
  // Only an asset cycle (rejected when definitions load) can leave groups behind; keep them rather than lose them.
  for (const index of [...waiting.keys()].sort((a, b) => firstRank(a) - firstRank(b)))
    ordered.push(groups[index]?.members ?? []);
  return ordered;
}
