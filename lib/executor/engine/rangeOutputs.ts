// A range run's output: compute returns one value per partition key, and each is stored as its own partition.
import type { PartitionKeyRange } from "../../sdk/partitions";
import { formatRange, nameKeys } from "./runPartitions";

/**
 * The value of each key of the range, in key order, from an object or Map keyed by partition key. Throws naming
 * the missing (or unexpected) keys, so a range is never recorded as materialized when part of it was not produced.
 */
export function valuesByPartition(
  assetKey: string,
  keys: readonly string[],
  range: PartitionKeyRange,
  value: unknown,
): Map<string, unknown> {
  const where = `Asset "${assetKey}" runs for partitions ${formatRange(range)}`;
  const given = entriesOf(value);
  if (!given) {
    const got = value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
    throw new TypeError(
      `${where}, so compute must return an object (or Map) with one value per partition key of ctx.partitionKeys; it returned ${got}.`,
    );
  }
  const expected = new Set(keys);
  const missing = keys.filter((key) => !given.has(key));
  const unexpected = [...given.keys()].filter((key) => !expected.has(key));
  if (missing.length > 0)
    throw new Error(
      `${where}, but compute returned no value for ${missing.length === 1 ? "partition" : "partitions"} ${nameKeys(missing)}.`,
    );
  if (unexpected.length > 0)
    throw new Error(
      `${where}, but compute returned values for ${nameKeys(unexpected)}, which ${unexpected.length === 1 ? "is" : "are"} not in the range.`,
    );
  return new Map(keys.map((key) => [key, given.get(key)]));
}

function entriesOf(value: unknown): Map<string, unknown> | null {
  if (value instanceof Map) return new Map([...value].map(([key, entry]) => [String(key), entry]));
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  return new Map(Object.entries(value));
}
