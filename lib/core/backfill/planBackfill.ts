// Plans a partition backfill: the runs to submit, in an order where each comes after the runs it waits for.
import { type AssetGraph, buildAssetGraph } from "../assetGraph";
import { dependencyPartitionMapping } from "../dependencyMapping";
import {
  formatRunPartitions,
  partitionKeySelection,
  partitionRangeSelection,
  rangesHas,
  samePartitionsDefinition,
  upstreamPartitionKeys,
} from "../partitions";
import type { PartitionKeySpace, PartitionMappingSnapshot } from "../partitions/types";
import { groupTargets, type TargetEdge } from "./groupTargets";
import type { BackfillRunRequest, BackfillStrategy, BackfillTarget } from "./types";

/** Which request holds each targeted position of one asset: parallel arrays sorted by position (few objects for 100,000 keys). */
class Holdings {
  readonly firsts: number[] = [];
  readonly lasts: number[] = [];
  readonly requests: number[] = [];

  add(first: number, last: number, request: number): void {
    this.firsts.push(first);
    this.lasts.push(last);
    this.requests.push(request);
  }

  /** Binary search; requests of a group are made in key order, so positions arrive sorted. */
  find(position: number): number | null {
    let low = 0;
    let high = this.firsts.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (position < (this.firsts[middle] as number)) high = middle - 1;
      else if (position > (this.lasts[middle] as number)) low = middle + 1;
      else return this.requests[middle] as number;
    }
    return null;
  }
}

/** Requests under construction, with the positions each covers in its group's key space (-1 when unpartitioned). */
interface Drafts {
  requests: BackfillRunRequest[];
  firsts: number[];
  lasts: number[];
  spaces: (PartitionKeySpace | null)[];
  holdings: Map<string, Holdings>;
}

/**
 * Turns targets into run requests. ONE_RUN_PER_PARTITION: one request per (group, partition key) holding the group's
 * assets that target that key, one request for a group of unpartitioned assets. SINGLE_RUN: groups whose assets all
 * accept ranges (backfill policy single_run) get one request per contiguous range with the same assets; other groups
 * fall back to one per partition. A request waits for the requests holding the targeted upstream partitions it
 * reads through partition mappings; partitions that are not targeted are read as they are, so nothing waits on them.
 */
export function planBackfill(targets: readonly BackfillTarget[], strategy: BackfillStrategy): BackfillRunRequest[] {
  const byKey = new Map(targets.map((target) => [target.assetKey, target]));
  const graph = buildAssetGraph(targets.map((target) => target.node));
  const edges = targetEdges(graph, byKey);
  const groups = groupTargets(graph.topologicalOrder(), byKey, edges);

  const drafts: Drafts = {
    requests: [],
    firsts: [],
    lasts: [],
    spaces: [],
    holdings: new Map(targets.map((t) => [t.assetKey, new Holdings()])),
  };
  const groupOf = new Map<string, number>();
  groups.forEach((members, index) => {
    members.forEach((key) => groupOf.set(key, index));
    addGroupRequests(
      members.map((key) => byKey.get(key) as BackfillTarget),
      strategy,
      drafts,
    );
  });

  const edgesInto = new Map<string, TargetEdge[]>();
  for (const edge of edges) {
    // An identity edge inside a group always lands in the same request, so it adds no wait.
    if (edge.identity && groupOf.get(edge.upstream) === groupOf.get(edge.downstream)) continue;
    edgesInto.set(edge.downstream, [...(edgesInto.get(edge.downstream) ?? []), edge]);
  }
  const { requests } = drafts;
  requests.forEach((request, index) => {
    let upstream: Set<number> | null = null;
    for (const assetKey of request.assetKeys) {
      for (const edge of edgesInto.get(assetKey) ?? []) {
        upstream ??= new Set();
        upstreamHolders(
          drafts,
          index,
          byKey.get(assetKey) as BackfillTarget,
          byKey.get(edge.upstream) as BackfillTarget,
          edge.mapping,
          upstream,
        );
      }
    }
    if (!upstream) return;
    upstream.delete(index);
    request.upstreamRequestKeys = [...upstream].sort((a, b) => a - b).map((i) => requests[i]?.requestKey ?? "");
  });
  return requests;
}

/**
 * How many run requests planBackfill would make, without making them: what a preview and a stored backfill's numRuns
 * need. A backfill of 100,000 partitions one run each is 100,000 requests with their keys and waits; this is a sum.
 */
export function countBackfillRuns(targets: readonly BackfillTarget[], strategy: BackfillStrategy): number {
  const byKey = new Map(targets.map((target) => [target.assetKey, target]));
  const graph = buildAssetGraph(targets.map((target) => target.node));
  let count = 0;
  for (const members of groupTargets(graph.topologicalOrder(), byKey, targetEdges(graph, byKey))) {
    const group = members.map((key) => byKey.get(key) as BackfillTarget);
    const [first] = group;
    if (!first) continue;
    if (!first.space) {
      count += 1;
      continue;
    }
    const ranged = isRanged(group, strategy);
    for (const segment of membershipSegments(group))
      count += ranged && segment.first < segment.last ? 1 : segment.last - segment.first + 1;
  }
  return count;
}

/** Whether a partitioned group gets one request per contiguous range (SINGLE_RUN, every member accepting ranges). */
function isRanged(members: readonly BackfillTarget[], strategy: BackfillStrategy): boolean {
  return strategy === "SINGLE_RUN" && members.every((member) => member.node.backfillPolicy === "single_run");
}

/** Dependencies between targeted assets. A dependency of an asset on itself (its earlier partitions) is not waited on. */
function targetEdges(graph: AssetGraph, byKey: ReadonlyMap<string, BackfillTarget>): TargetEdge[] {
  const edges: TargetEdge[] = [];
  for (const downstream of graph.keys) {
    const down = byKey.get(downstream);
    if (!down) continue;
    for (const upstream of graph.upstream(downstream)) {
      const up = byKey.get(upstream);
      if (!up || upstream === downstream) continue;
      const mapping = dependencyPartitionMapping(down.node, upstream, up.node);
      edges.push({ upstream, downstream, mapping, identity: isIdentity(up, down, mapping) });
    }
  }
  return edges;
}

function isIdentity(up: BackfillTarget, down: BackfillTarget, mapping: PartitionMappingSnapshot): boolean {
  if (!up.space && !down.space) return true;
  if (!up.space || !down.space) return false;
  if (!samePartitionsDefinition(up.node.partitionsDefinition ?? null, down.node.partitionsDefinition ?? null))
    return false;
  return (
    mapping.type === "identity" ||
    (mapping.type === "time_window" && mapping.startOffset === 0 && mapping.endOffset === 0)
  );
}

function addGroupRequests(members: BackfillTarget[], strategy: BackfillStrategy, drafts: Drafts): void {
  const [first] = members;
  if (!first) return;
  const groupId = first.assetKey;
  const codeLocationName = first.codeLocationName;
  const space = first.space;
  const push = (
    request: Omit<BackfillRunRequest, "codeLocationName" | "upstreamRequestKeys">,
    from: number,
    to: number,
  ) => {
    const index = drafts.requests.push({ ...request, codeLocationName, upstreamRequestKeys: [] }) - 1;
    drafts.firsts.push(from);
    drafts.lasts.push(to);
    drafts.spaces.push(space);
    // Unpartitioned assets hold position 0 of their one request.
    for (const assetKey of request.assetKeys)
      drafts.holdings.get(assetKey)?.add(Math.max(from, 0), Math.max(to, 0), index);
  };
  if (!space) {
    push({ requestKey: groupId, assetKeys: members.map((m) => m.assetKey), partitions: null }, -1, -1);
    return;
  }
  const ranged = isRanged(members, strategy);
  for (const segment of membershipSegments(members)) {
    const assetKeys = segment.members.map((member) => member.assetKey);
    if (ranged && segment.first < segment.last) {
      const partitions = partitionRangeSelection(space.keyAt(segment.first), space.keyAt(segment.last));
      push(
        { requestKey: `${groupId}:${formatRunPartitions(partitions)}`, assetKeys, partitions },
        segment.first,
        segment.last,
      );
      continue;
    }
    for (let position = segment.first; position <= segment.last; position++) {
      const partitions = partitionKeySelection(space.keyAt(position));
      push({ requestKey: `${groupId}:${formatRunPartitions(partitions)}`, assetKeys, partitions }, position, position);
    }
  }
}

/** Splits the union of the members' ranges into maximal runs of positions targeted by the same members. */
function membershipSegments(
  members: readonly BackfillTarget[],
): { first: number; last: number; members: BackfillTarget[] }[] {
  const points = new Set<number>();
  for (const member of members) {
    for (const [first, last] of member.ranges) {
      points.add(first);
      points.add(last + 1);
    }
  }
  const sorted = [...points].sort((a, b) => a - b);
  const segments: { first: number; last: number; members: BackfillTarget[] }[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const first = sorted[i] as number;
    const last = (sorted[i + 1] as number) - 1;
    const inside = members.filter((member) => rangesHas(member.ranges, first));
    if (inside.length === 0) continue;
    const previous = segments.at(-1);
    if (previous && previous.last + 1 === first && sameMembers(previous.members, inside)) previous.last = last;
    else segments.push({ first, last, members: inside });
  }
  return segments;
}

function sameMembers(a: readonly BackfillTarget[], b: readonly BackfillTarget[]): boolean {
  return a.length === b.length && a.every((member, i) => member === b[i]);
}

/** Adds to `found` the requests holding the targeted upstream partitions that request `index`'s partitions of `down` read. */
function upstreamHolders(
  drafts: Drafts,
  index: number,
  down: BackfillTarget,
  up: BackfillTarget,
  mapping: PartitionMappingSnapshot,
  found: Set<number>,
): void {
  const held = drafts.holdings.get(up.assetKey);
  if (!held) return;
  if (!up.space) {
    held.requests.forEach((request) => found.add(request));
    return;
  }
  const space = drafts.spaces[index];
  const downstreamKeys: string[] = [];
  if (down.space && space)
    for (let position = drafts.firsts[index] as number; position <= (drafts.lasts[index] as number); position++)
      downstreamKeys.push(space.keyAt(position));
  for (const key of upstreamPartitionKeys(mapping, down.space, downstreamKeys, up.space)) {
    const position = up.space.indexOf(key);
    const holder = position < 0 ? null : held.find(position);
    if (holder !== null) found.add(holder);
  }
}
