// Why a key is not a partition, in words a person can act on; and which strings may be partition keys at all.
import { closestMatch } from "../closestMatch";
import { cadenceOf, listKeys } from "./describe";
import { tickAfter, tickOfKey } from "./timeWindowDefinition";
import { TimeWindowKeySpace } from "./timeWindowSpace";
import { instantToWallMinutes } from "./timeZone";
import {
  MULTI_PARTITION_KEY_SEPARATOR,
  type MultiPartitionsSnapshot,
  PARTITION_RANGE_SEPARATOR,
  type PartitionKeySpace,
} from "./types";
import { describeWallTime, minutesToWallTime } from "./wallTime";

const MAX_KEY_LENGTH = 255;

/** Null when `key` is a partition of the space; otherwise a sentence saying why not. */
export function partitionKeyProblem(space: PartitionKeySpace, key: string): string | null {
  if (space.indexOf(key) >= 0) return null;
  if (space.dimensions) return multiKeyProblem(space, key);
  if (space instanceof TimeWindowKeySpace) return timeWindowKeyProblem(space, key);
  const definition = space.definition;
  const suggestion = closestMatch(key, space.keys());
  const didYouMean = suggestion === null ? "" : ` Did you mean "${suggestion}"?`;
  if (definition.type === "dynamic") {
    if (space.size === 0)
      return `"${key}" has not been added to dynamic partitions "${definition.name}", which has no keys yet.`;
    return `"${key}" has not been added to dynamic partitions "${definition.name}".${didYouMean}`;
  }
  if (space.size === 0) return `"${key}" is not a partition: there are none.`;
  const list = space.size <= 10 ? listKeys(space.keys()) : `the ${space.size} keys (${listKeys(space.keys(), 5)})`;
  return `"${key}" is not one of ${list}.${didYouMean}`;
}

function multiKeyProblem(space: PartitionKeySpace, key: string): string {
  const dimensions = space.dimensions;
  if (!dimensions) return `"${key}" is not a partition.`;
  const form = dimensions.map((dimension) => dimension.name).join(MULTI_PARTITION_KEY_SEPARATOR);
  const parts = key.split(MULTI_PARTITION_KEY_SEPARATOR);
  if (parts.length !== 2) return `"${key}" is not of the form ${form}.`;
  for (const [i, dimension] of dimensions.entries()) {
    const problem = partitionKeyProblem(dimension.space, parts[i] ?? "");
    if (problem) return `"${key}": ${dimension.name} ${problem}`;
  }
  return `"${key}" is not a partition.`;
}

function timeWindowKeyProblem(space: TimeWindowKeySpace, key: string): string {
  const compiled = space.compiled;
  const definition = compiled.definition;
  const named = tickOfKey(compiled, key);
  if (!named.ok) {
    if (named.message.includes("is not the start of a window")) {
      const cadence = cadenceOf(compiled.cron);
      return `${named.message.slice(0, -1)}${cadence ? ` (${cadence.toLowerCase()})` : ""}.`;
    }
    return named.message;
  }
  const tick = named.tick;
  if (!compiled.firstTick || tick.instant < compiled.firstTick.instant)
    return `"${key}" is before the start ${definition.start}.`;
  const end = tickAfter(compiled, tick).instant;
  if (compiled.endInstant !== null && end > compiled.endInstant)
    return `"${key}": its window ends after the end ${definition.end ?? ""}, and only whole windows are partitions.`;
  const endWall = describeWallTime(minutesToWallTime(instantToWallMinutes(compiled.zone, end)));
  const offset = compiled.endOffset;
  if (offset !== 0) {
    const last = `${Math.abs(offset)} window${Math.abs(offset) === 1 ? "" : "s"} ${offset > 0 ? "after" : "before"} the last complete one`;
    return `"${key}" is after the last partition: with endOffset ${offset} partitions run to ${last} (this window ends at ${endWall} ${definition.timezone}).`;
  }
  return `"${key}": its window has not ended yet (it ends at ${endWall} ${definition.timezone}).`;
}

/**
 * Null when `key` may name a static or dynamic partition. Keys may not be empty, padded with spaces, longer than
 * 255 characters, or hold the characters the selection syntax and multi-partition keys use.
 */
export function invalidPartitionKeyReason(key: string): string | null {
  if (key.length === 0) return "A partition key cannot be empty.";
  const shown = key.length > 40 ? `${key.slice(0, 40)}…` : key;
  if (key.length > MAX_KEY_LENGTH) return `Partition key "${shown}" is longer than ${MAX_KEY_LENGTH} characters.`;
  if (key.trim() !== key) return `Partition key "${shown}" starts or ends with a space.`;
  if (key.includes(MULTI_PARTITION_KEY_SEPARATOR))
    return `Partition key "${shown}" contains "|", which joins the dimensions of multi-partition keys.`;
  if (key.includes(",")) return `Partition key "${shown}" contains ",", which separates partitions in a selection.`;
  if (key.includes(PARTITION_RANGE_SEPARATOR))
    return `Partition key "${shown}" contains "${PARTITION_RANGE_SEPARATOR}", which marks a range in a selection.`;
  if (/[\u0000-\u001f\u007f]/.test(key))
    return `Partition key "${JSON.stringify(shown).slice(1, -1)}" contains a control character.`;
  return null;
}

/** The key of each dimension in a multi-partition key, by dimension name; null when the key does not have two parts. */
export function multiPartitionKeyParts(
  definition: MultiPartitionsSnapshot,
  key: string,
): Record<string, string> | null {
  const parts = key.split(MULTI_PARTITION_KEY_SEPARATOR);
  if (parts.length !== 2) return null;
  const [first, second] = definition.dimensions;
  return { [first.name]: parts[0] as string, [second.name]: parts[1] as string };
}
