// Partition mappings: which upstream partitions a downstream partition reads, and back; the default mapping between
// two definitions; and what is wrong with a declared mapping.
import { describePartitionsDefinition } from "./describe";
import { indicesOf, normalizeRanges } from "./rangeSet";
import { timeWindowOf } from "./timeWindow";
import { downstreamReadSpan, downstreamWindowsReading, keyWindow, windowsOverlapping } from "./timeWindowMapping";
import { TimeWindowKeySpace } from "./timeWindowSpace";
import {
  type IndexRange,
  MULTI_PARTITION_KEY_SEPARATOR,
  type MultiPartitionsSnapshot,
  type PartitionKeySpace,
  type PartitionMappingSnapshot,
  type PartitionsDefinitionSnapshot,
} from "./types";

/** JSON with object keys sorted, so equal definitions compare equal whoever wrote them. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** A string equal for equal definitions (key order aside): for grouping assets that share a partitioning. */
export function partitionsDefinitionId(definition: PartitionsDefinitionSnapshot): string {
  return canonicalJson(definition);
}

export function samePartitionsDefinition(
  a: PartitionsDefinitionSnapshot | null,
  b: PartitionsDefinitionSnapshot | null,
): boolean {
  return a !== null && b !== null && canonicalJson(a) === canonicalJson(b);
}

/** The dimension of a multi definition whose definition equals `single`, if any. */
function matchingDimension(multi: MultiPartitionsSnapshot, single: PartitionsDefinitionSnapshot): string | null {
  return multi.dimensions.find((dimension) => samePartitionsDefinition(dimension.definition, single))?.name ?? null;
}

/**
 * The mapping used when an asset declares none for an upstream: identity between equal definitions, overlapping
 * windows between time windows, the shared dimension between a multi and a single definition, else all.
 */
export function defaultPartitionMapping(
  upstream: PartitionsDefinitionSnapshot | null,
  downstream: PartitionsDefinitionSnapshot | null,
): PartitionMappingSnapshot {
  if (!upstream || !downstream) return { type: "all" };
  if (samePartitionsDefinition(upstream, downstream)) return { type: "identity" };
  if (upstream.type === "time_window" && downstream.type === "time_window")
    return { type: "time_window", startOffset: 0, endOffset: 0 };
  if (upstream.type === "multi" && downstream.type !== "multi") {
    const dimension = matchingDimension(upstream, downstream);
    if (dimension) return { type: "dimension", dimension };
  }
  if (downstream.type === "multi" && upstream.type !== "multi") {
    const dimension = matchingDimension(downstream, upstream);
    if (dimension) return { type: "dimension", dimension };
  }
  return { type: "all" };
}

function described(definition: PartitionsDefinitionSnapshot | null): string {
  return definition ? describePartitionsDefinition(definition) : "not partitioned";
}

/** Null when the mapping can connect these definitions; else what is wrong, in a sentence. */
export function partitionMappingProblem(
  mapping: PartitionMappingSnapshot,
  upstream: PartitionsDefinitionSnapshot | null,
  downstream: PartitionsDefinitionSnapshot | null,
): string | null {
  const sides = `upstream is ${described(upstream)}, downstream is ${described(downstream)}`;
  switch (mapping.type) {
    case "all":
      return null;
    case "identity":
      if (!upstream || !downstream) return `The identity mapping needs partitions on both sides; ${sides}.`;
      return samePartitionsDefinition(upstream, downstream)
        ? null
        : `The identity mapping needs the same partitions on both sides; ${sides}.`;
    case "time_window": {
      const { startOffset, endOffset } = mapping;
      if (!Number.isInteger(startOffset) || !Number.isInteger(endOffset)) {
        return `A time-window mapping's offsets are whole numbers of partitions; got startOffset ${String(startOffset)} and endOffset ${String(endOffset)}.`;
      }
      if (startOffset > endOffset)
        return `A time-window mapping's startOffset (${startOffset}) is after its endOffset (${endOffset}), so it reads nothing.`;
      if (upstream?.type !== "time_window" || downstream?.type !== "time_window") {
        return `A time-window mapping needs time-window partitions on both sides; ${sides}.`;
      }
      return null;
    }
    case "static":
      return staticMappingProblem(mapping.downstreamKeysByUpstreamKey, upstream, downstream, sides);
    case "dimension":
      return dimensionMappingProblem(mapping.dimension, upstream, downstream, sides);
    default:
      return `Unknown partition mapping type "${String((mapping as { type: unknown }).type)}".`;
  }
}

function staticMappingProblem(
  downstreamKeysByUpstreamKey: Record<string, string[]>,
  upstream: PartitionsDefinitionSnapshot | null,
  downstream: PartitionsDefinitionSnapshot | null,
  sides: string,
): string | null {
  const listed = (definition: PartitionsDefinitionSnapshot | null) =>
    definition?.type === "static" || definition?.type === "dynamic";
  if (!listed(upstream) || !listed(downstream))
    return `A static mapping needs static or dynamic partitions on both sides; ${sides}.`;
  for (const [upstreamKey, downstreamKeys] of Object.entries(downstreamKeysByUpstreamKey)) {
    if (upstream?.type === "static" && !upstream.keys.includes(upstreamKey)) {
      return `The static mapping names upstream partition "${upstreamKey}", which is not one of ${upstream.keys.join(", ")}.`;
    }
    if (!Array.isArray(downstreamKeys))
      return `The static mapping of upstream partition "${upstreamKey}" is not a list of downstream keys.`;
    for (const downstreamKey of downstreamKeys) {
      if (downstream?.type === "static" && !downstream.keys.includes(downstreamKey)) {
        return `The static mapping sends "${upstreamKey}" to downstream partition "${downstreamKey}", which is not one of ${downstream.keys.join(", ")}.`;
      }
    }
  }
  return null;
}

function dimensionMappingProblem(
  dimension: string,
  upstream: PartitionsDefinitionSnapshot | null,
  downstream: PartitionsDefinitionSnapshot | null,
  sides: string,
): string | null {
  const multi = upstream?.type === "multi" ? upstream : downstream?.type === "multi" ? downstream : null;
  const single = multi === upstream ? downstream : upstream;
  if (!multi || !single || single.type === "multi") {
    return `A dimension mapping connects a multi-partitioned asset with a single-dimension one; ${sides}.`;
  }
  const found = multi.dimensions.find((candidate) => candidate.name === dimension);
  if (!found)
    return `The dimension mapping names "${dimension}", which is not a dimension of ${describePartitionsDefinition(multi)}.`;
  if (!samePartitionsDefinition(found.definition, single)) {
    const other = describePartitionsDefinition(single);
    return `The dimension mapping needs dimension "${dimension}" to equal the other asset's partitions; it is ${describePartitionsDefinition(found.definition)}, the other is ${other}.`;
  }
  return null;
}

function keysOf(space: PartitionKeySpace, ranges: IndexRange[]): string[] {
  const normalized = normalizeRanges(ranges);
  const keys: string[] = [];
  for (const index of indicesOf(normalized)) keys.push(space.keyAt(index));
  return keys;
}

function allKeys(space: PartitionKeySpace): string[] {
  return [...space.keys()];
}

/**
 * The upstream partitions the downstream partitions `downstreamKeys` read, in upstream order without duplicates:
 * [] when the upstream is unpartitioned, every upstream key when the downstream is. A mapping that does not fit
 * the two spaces (see partitionMappingProblem) reads nothing.
 */
export function upstreamPartitionKeys(
  mapping: PartitionMappingSnapshot,
  downstreamSpace: PartitionKeySpace | null,
  downstreamKeys: readonly string[],
  upstreamSpace: PartitionKeySpace | null,
): string[] {
  if (!upstreamSpace) return [];
  if (!downstreamSpace) return allKeys(upstreamSpace);
  if (downstreamKeys.length === 0) return [];
  return keysOf(upstreamSpace, mapKeys(mapping, downstreamSpace, downstreamKeys, upstreamSpace, "upstream"));
}

/**
 * The downstream partitions that read the upstream partitions `upstreamKeys`, in downstream order without duplicates:
 * [] when the downstream is unpartitioned, every downstream key when the upstream is.
 */
export function downstreamPartitionKeys(
  mapping: PartitionMappingSnapshot,
  upstreamSpace: PartitionKeySpace | null,
  upstreamKeys: readonly string[],
  downstreamSpace: PartitionKeySpace | null,
): string[] {
  if (!downstreamSpace) return [];
  if (!upstreamSpace) return allKeys(downstreamSpace);
  if (upstreamKeys.length === 0) return [];
  return keysOf(downstreamSpace, mapKeys(mapping, upstreamSpace, upstreamKeys, downstreamSpace, "downstream"));
}

/**
 * The positions of upstream partitions that the downstream positions `downstreamRanges` read, as normalised ranges:
 * upstreamPartitionKeys over positions. Both spaces must be partitioned.
 */
export function upstreamPartitionRanges(
  mapping: PartitionMappingSnapshot,
  downstreamSpace: PartitionKeySpace,
  downstreamRanges: readonly IndexRange[],
  upstreamSpace: PartitionKeySpace,
): IndexRange[] {
  return mapRanges(mapping, downstreamSpace, downstreamRanges, upstreamSpace, "upstream");
}

/**
 * The positions of downstream partitions that read the upstream positions `upstreamRanges`, as normalised ranges:
 * downstreamPartitionKeys over positions, without listing the keys of long ranges where the mapping keeps order.
 */
export function downstreamPartitionRanges(
  mapping: PartitionMappingSnapshot,
  upstreamSpace: PartitionKeySpace,
  upstreamRanges: readonly IndexRange[],
  downstreamSpace: PartitionKeySpace,
): IndexRange[] {
  return mapRanges(mapping, upstreamSpace, upstreamRanges, downstreamSpace, "downstream");
}

function mapRanges(
  mapping: PartitionMappingSnapshot,
  source: PartitionKeySpace,
  ranges: readonly IndexRange[],
  target: PartitionKeySpace,
  toward: "upstream" | "downstream",
): IndexRange[] {
  const inSource = normalizeRanges(
    ranges.map(([first, last]) => [Math.max(first, 0), Math.min(last, source.size - 1)]),
  );
  if (inSource.length === 0 || target.size === 0) return [];
  if (mapping.type === "all") return [[0, target.size - 1]];
  // Equal definitions in one workspace share their space, where the identity keeps every position.
  if (mapping.type === "identity" && source === target) return inSource;
  const related: IndexRange[] = [];
  for (const [first, last] of inSource) {
    // Time windows keep order: the windows related to a run of consecutive windows run from those of its first to
    // those of its last, so only the ends are mapped. Where an end relates to nothing, every key is mapped.
    if (mapping.type === "time_window" && last > first) {
      const from = mapKeys(mapping, source, [source.keyAt(first)], target, toward);
      const to = mapKeys(mapping, source, [source.keyAt(last)], target, toward);
      if (from.length > 0 && to.length > 0) {
        related.push([Math.min(...from.map((r) => r[0])), Math.max(...to.map((r) => r[1]))]);
        continue;
      }
    }
    const keys: string[] = [];
    for (let index = first; index <= last; index++) keys.push(source.keyAt(index));
    related.push(...mapKeys(mapping, source, keys, target, toward));
  }
  return normalizeRanges(related);
}

/** Positions in `target` related to `keys` of `source`; `toward` says whether target is the upstream side. */
function mapKeys(
  mapping: PartitionMappingSnapshot,
  source: PartitionKeySpace,
  keys: readonly string[],
  target: PartitionKeySpace,
  toward: "upstream" | "downstream",
): IndexRange[] {
  switch (mapping.type) {
    case "identity":
      return positions(target, keys);
    case "all":
      return target.size > 0 ? [[0, target.size - 1]] : [];
    case "time_window":
      return toward === "upstream"
        ? timeWindowUpstream(source, keys, target, mapping.startOffset, mapping.endOffset)
        : timeWindowDownstream(source, keys, target, mapping.startOffset, mapping.endOffset);
    case "static":
      return staticMapping(mapping.downstreamKeysByUpstreamKey, keys, target, toward);
    case "dimension":
      return dimensionMapping(mapping.dimension, source, keys, target);
    default:
      return [];
  }
}

function positions(space: PartitionKeySpace, keys: Iterable<string>): IndexRange[] {
  const ranges: IndexRange[] = [];
  for (const key of keys) {
    const index = space.indexOf(key);
    if (index >= 0) ranges.push([index, index]);
  }
  return ranges;
}

/** [start, end) in ms of a key's window: from the space when the key is in it, else from the definition. */
function windowOf(space: PartitionKeySpace, key: string): [number, number] | null {
  if (space instanceof TimeWindowKeySpace) return keyWindow(space, key);
  const window = timeWindowOf(space.definition, key);
  return window ? [window.start.getTime(), window.end.getTime()] : null;
}

/** Offsets count downstream windows: each key reads the upstream windows overlapping its shifted span. */
function timeWindowUpstream(
  downstream: PartitionKeySpace,
  keys: readonly string[],
  upstream: PartitionKeySpace,
  startOffset: number,
  endOffset: number,
): IndexRange[] {
  if (!(upstream instanceof TimeWindowKeySpace) || !(downstream instanceof TimeWindowKeySpace)) return [];
  const ranges: IndexRange[] = [];
  for (const key of keys) {
    const span = downstreamReadSpan(downstream, key, startOffset, endOffset);
    const range = span && windowsOverlapping(upstream, span[0], span[1]);
    if (range) ranges.push(range);
  }
  return ranges;
}

function timeWindowDownstream(
  upstream: PartitionKeySpace,
  keys: readonly string[],
  downstream: PartitionKeySpace,
  startOffset: number,
  endOffset: number,
): IndexRange[] {
  if (!(upstream instanceof TimeWindowKeySpace) || !(downstream instanceof TimeWindowKeySpace)) return [];
  const ranges: IndexRange[] = [];
  for (const key of keys) {
    const window = windowOf(upstream, key);
    const range = window && downstreamWindowsReading(downstream, window[0], window[1], startOffset, endOffset);
    if (range) ranges.push(range);
  }
  return ranges;
}

function staticMapping(
  downstreamKeysByUpstreamKey: Record<string, string[]>,
  keys: readonly string[],
  target: PartitionKeySpace,
  toward: "upstream" | "downstream",
): IndexRange[] {
  const wanted = new Set(keys);
  const related = new Set<string>();
  for (const [upstreamKey, downstreamKeys] of Object.entries(downstreamKeysByUpstreamKey)) {
    if (toward === "upstream") {
      if (downstreamKeys.some((key) => wanted.has(key))) related.add(upstreamKey);
    } else if (wanted.has(upstreamKey)) {
      for (const key of downstreamKeys) related.add(key);
    }
  }
  return positions(target, related);
}

/** Between a multi space and a single-dimension one, through the named dimension, in either direction. */
function dimensionMapping(
  dimension: string,
  source: PartitionKeySpace,
  keys: readonly string[],
  target: PartitionKeySpace,
): IndexRange[] {
  if (source.dimensions && !target.dimensions) {
    const position = source.dimensions.findIndex((candidate) => candidate.name === dimension);
    if (position < 0) return [];
    return positions(
      target,
      keys.map((key) => key.split(MULTI_PARTITION_KEY_SEPARATOR)[position] ?? ""),
    );
  }
  if (target.dimensions && !source.dimensions) {
    const position = target.dimensions.findIndex((candidate) => candidate.name === dimension);
    const [rows, columns] = target.dimensions;
    if (position < 0) return [];
    const width = columns.space.size;
    const ranges: IndexRange[] = [];
    for (const key of keys) {
      const index = (position === 0 ? rows : columns).space.indexOf(key);
      if (index < 0 || width === 0) continue;
      if (position === 0) ranges.push([index * width, index * width + width - 1]);
      else for (let row = 0; row < rows.space.size; row++) ranges.push([row * width + index, row * width + index]);
    }
    return ranges;
  }
  return [];
}
