// Which partitions each step of a run materializes, checked against the assets' key spaces before any step starts.
import { partitionKeyProblem, partitionKeySpace, type KeySpaceContext, type PartitionKeySpace, type PartitionsDefinitionSnapshot } from "../../core/partitions";
import type { Definitions } from "../../sdk/definitions";
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

/** What the run was asked to materialize: one partition, a range, or neither. */
export interface RunPartitionRequest {
  partitionKey: string | null;
  partitionRange: PartitionKeyRange | null;
}

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
 * The partitions of every step. Unpartitioned assets run unpartitioned whatever the run asks; each partitioned asset
 * must have the requested key (or both ends of the range, and accept ranges). Errors name the asset, key and reason.
 */
export function resolveStepPartitions(
  steps: readonly PlanStep[],
  request: RunPartitionRequest,
  spaceOf: (definition: PartitionsDefinition) => PartitionKeySpace,
): { ok: true; byStep: Map<string, StepPartitions> } | { ok: false; errors: string[] } {
  const { partitionKey, partitionRange } = request;
  if (partitionKey !== null && partitionRange !== null) {
    return { ok: false, errors: [`A run takes a partition key or a partition range, not both (got "${partitionKey}" and "${formatRange(partitionRange)}").`] };
  }
  const errors: string[] = [];
  const byStep = new Map<string, StepPartitions>();
  for (const step of steps) {
    const { definition } = step;
    const label = `Asset "${step.key}"`;
    if (!definition.partitions) {
      byStep.set(step.key, UNPARTITIONED);
      continue;
    }
    const space = spaceOf(definition.partitions);
    if (partitionKey !== null) {
      const problem = keyProblem(space, partitionKey);
      // The problem may open with the key and a colon; said once is enough.
      if (problem) errors.push(`${label} cannot run for partition "${partitionKey}": ${withoutPrefix(problem, `"${partitionKey}": `)}`);
      else byStep.set(step.key, { keys: [partitionKey], range: null, space });
    } else if (partitionRange !== null) {
      const range = rangeOf(label, definition, space, partitionRange);
      if (range.ok) byStep.set(step.key, { keys: range.keys, range: { ...partitionRange }, space });
      else errors.push(range.error);
    } else {
      errors.push(`${label} is partitioned (${definition.partitions.description}); choose a partition (or launch a backfill).`);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, byStep };
}

function rangeOf(
  label: string,
  definition: PlanStep["definition"],
  space: PartitionKeySpace,
  range: PartitionKeyRange,
): { ok: true; keys: string[] } | { ok: false; error: string } {
  const text = formatRange(range);
  if (definition.type !== "asset" || definition.backfillPolicy !== "single_run") {
    return {
      ok: false,
      error: `${label} materializes one partition per run, so it cannot run for the range "${text}"; run each partition, or give it backfillPolicy: "single_run".`,
    };
  }
  for (const [end, key] of [["start", range.start], ["end", range.end]] as const) {
    const problem = keyProblem(space, key);
    if (problem) return { ok: false, error: `${label} cannot run for the range "${text}": its ${end} ${problem}` };
  }
  const first = space.indexOf(range.start);
  const last = space.indexOf(range.end);
  if (last < first) return { ok: false, error: `${label}: the partition range "${text}" ends before it starts; write the earlier key first.` };
  const keys: string[] = [];
  for (let index = first; index <= last; index++) keys.push(space.keyAt(index));
  return { ok: true, keys };
}

/** Null for a partition of the space, else a sentence that starts with the quoted key and says why it is not one. */
function keyProblem(space: PartitionKeySpace, key: string): string | null {
  if (space.indexOf(key) >= 0) return null;
  return partitionKeyProblem(space, key) ?? `"${key}" is not a partition.`;
}

function withoutPrefix(text: string, prefix: string): string {
  return text.startsWith(prefix) ? text.slice(prefix.length) : text;
}

/** Keys for a message: all of them when few, else the first few and how many more. */
export function nameKeys(keys: readonly string[]): string {
  const named = keys.slice(0, MAX_KEYS_NAMED).map((key) => `"${key}"`).join(", ");
  return keys.length > MAX_KEYS_NAMED ? `${named} and ${keys.length - MAX_KEYS_NAMED} more` : named;
}

export function formatRange(range: PartitionKeyRange): string {
  return `${range.start}...${range.end}`;
}

/** How step events carry a step's partitions: the key of a single partition, or the range of a range run. */
export function stepEventPartitions(partitions: StepPartitions): StepEventPartitions {
  if (partitions.range) return { partitionKey: null, partitionRange: { ...partitions.range } };
  return { partitionKey: partitions.keys[0] ?? null, partitionRange: null };
}

/**
 * Names of the dynamic partitions definitions a run over `assetKeys` reads: those of the selected assets and of their
 * upstream assets (inputs map to upstream partitions), so the caller can load their keys before executing.
 */
export function dynamicPartitionNames(definitions: Definitions, assetKeys: readonly string[]): string[] {
  const names = new Set<string>();
  const visit = (key: string) => {
    const partitions = definitions.getAsset(key)?.partitions;
    if (partitions) for (const name of dynamicNamesOf(partitions.snapshot)) names.add(name);
  };
  for (const key of new Set(assetKeys)) {
    visit(key);
    for (const upstreamKey of definitions.graph.upstream(key)) visit(upstreamKey);
  }
  return [...names];
}

function dynamicNamesOf(snapshot: PartitionsDefinitionSnapshot): string[] {
  if (snapshot.type === "dynamic") return [snapshot.name];
  if (snapshot.type === "multi") return snapshot.dimensions.flatMap((dimension) => dynamicNamesOf(dimension.definition));
  return [];
}
