// Which partitions each step of a run materializes, checked against the assets' key spaces before any step starts.
import {
  checkRunPartitions,
  formatRunPartitions,
  type KeySpaceContext,
  type PartitionKeySpace,
  partitionKeySpace,
  partitionRangeSelection,
  type RunPartitionSelection,
} from "../../core/partitions";
import type { PartitionKeyRange, PartitionsDefinition } from "../../sdk/partitions";
import type { StepEventPartitions } from "./events";
import type { PlanStep } from "./plan";

/** The partitions one step materializes. */
export interface StepPartitions {
  /** [] when unpartitioned, [key] for one partition, or every key of the range in key order. */
  keys: readonly string[];
  /** Set when the run covers a range of partitions (one compute for all of them). */
  range: PartitionKeyRange | null;
  /** The asset's key space now; null when the step runs unpartitioned. */
  space: PartitionKeySpace | null;
}

const MAX_KEYS_NAMED = 10;

export const UNPARTITIONED: StepPartitions = Object.freeze({ keys: Object.freeze([]), range: null, space: null });

/** Builds each definition's key space once per run; the clock and dynamic keys are fixed for the run's duration. */
export function createKeySpaces(context: KeySpaceContext): (definition: PartitionsDefinition) => PartitionKeySpace {
  const spaces = new Map<PartitionsDefinition, PartitionKeySpace>();
  return (definition) => {
    let space = spaces.get(definition);
    if (!space) {
      space = partitionKeySpace(definition.snapshot, context);
      spaces.set(definition, space);
    }
    return space;
  };
}

/**
 * The partitions of every step, by the run's partition rules (lib/core/partitions, the launch's own): unpartitioned
 * assets run unpartitioned whatever the run asks; each partitioned asset must have the requested key (or both ends of
 * the range, and accept ranges). Errors name the asset, key and reason.
 */
export function resolveStepPartitions(
  steps: readonly PlanStep[],
  selection: RunPartitionSelection | null,
  spaceOf: (definition: PartitionsDefinition) => PartitionKeySpace,
): { ok: true; byStep: Map<string, StepPartitions> } | { ok: false; errors: string[] } {
  const assets = steps.map((step) => {
    const partitions = step.definition.partitions;
    const acceptsRange = step.definition.type === "asset" && step.definition.backfillPolicy === "single_run";
    return { assetKey: step.key, space: partitions ? spaceOf(partitions) : null, acceptsRange };
  });
  // The launch refused a selection no asset uses; a re-execution of a partitioned run's unpartitioned steps keeps it.
  const checked = checkRunPartitions(assets, selection, { refuseWhenUnpartitioned: false });
  if (!checked.ok) return checked;
  const range = selection?.kind === "range" ? { start: selection.start, end: selection.end } : null;
  const byStep = new Map<string, StepPartitions>();
  for (const [index, step] of steps.entries()) {
    const space = assets[index]?.space ?? null;
    const positions = checked.ranges.get(step.key);
    if (!space || !positions) {
      byStep.set(step.key, UNPARTITIONED);
      continue;
    }
    const keys: string[] = [];
    for (let position = positions[0]; position <= positions[1]; position++) keys.push(space.keyAt(position));
    byStep.set(step.key, { keys, range: range ? { ...range } : null, space });
  }
  return { ok: true, byStep };
}

/** Keys for a message: all of them when few, else the first few and how many more. */
export function nameKeys(keys: readonly string[]): string {
  const named = keys
    .slice(0, MAX_KEYS_NAMED)
    .map((key) => `"${key}"`)
    .join(", ");
  return keys.length > MAX_KEYS_NAMED ? `${named} and ${keys.length - MAX_KEYS_NAMED} more` : named;
}

/** "FIRST...LAST", the run partitions' one text form. */
export function formatRange(range: PartitionKeyRange): string {
  return formatRunPartitions(partitionRangeSelection(range.start, range.end));
}

/** How step events carry a step's partitions: the key of a single partition, or the range of a range run. */
export function stepEventPartitions(partitions: StepPartitions): StepEventPartitions {
  if (partitions.range) return { partitionKey: null, partitionRange: { ...partitions.range } };
  return { partitionKey: partitions.keys[0] ?? null, partitionRange: null };
}
