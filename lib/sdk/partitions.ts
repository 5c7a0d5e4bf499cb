// Partitions definitions and partition mappings as code locations write them; each wraps the snapshot JSON it stands for.
import {
  type CronPartitionsOptions,
  cronPartitionsSnapshot,
  type DailyPartitionsOptions,
  type DynamicPartitionsSnapshot,
  dailyPartitionsSnapshot,
  describePartitionsDefinition,
  type HourlyPartitionsOptions,
  hourlyPartitionsSnapshot,
  invalidPartitionKeyReason,
  type MonthlyPartitionsOptions,
  type MultiPartitionsSnapshot,
  monthlyPartitionsSnapshot,
  type PartitionMappingSnapshot,
  type PartitionsDefinitionSnapshot,
  type SingleDimensionPartitionsSnapshot,
  type StaticPartitionsSnapshot,
  type TimeWindowPartitionsSnapshot,
  type WeeklyPartitionsOptions,
  weeklyPartitionsSnapshot,
} from "../core/partitions";
import { InvalidDefinitionsError } from "./errors";

export type { DailyPartitionsOptions, HourlyPartitionsOptions, MonthlyPartitionsOptions, WeeklyPartitionsOptions };

// Registered symbols, so objects made by another copy of this module are still recognised.
const partitionsBrand: unique symbol = Symbol.for("strata.partitionsDefinition");
const mappingBrand: unique symbol = Symbol.for("strata.partitionMapping");

/** How an asset is split into partitions; give it to asset({ partitions }). */
export interface PartitionsDefinition<TSnapshot extends PartitionsDefinitionSnapshot = PartitionsDefinitionSnapshot> {
  /** The JSON the snapshot stores, frozen. */
  readonly snapshot: TSnapshot;
  /** For people, e.g. "Daily from 2026-01-01 (UTC)". */
  readonly description: string;
  readonly [partitionsBrand]: true;
}

/** A partitions definition with one dimension: what multiPartitions() combines. */
export type SingleDimensionPartitionsDefinition = PartitionsDefinition<SingleDimensionPartitionsSnapshot>;

/** Which upstream partitions a partition reads; give it to asset({ partitionMappings }). */
export interface PartitionMapping<TSnapshot extends PartitionMappingSnapshot = PartitionMappingSnapshot> {
  readonly snapshot: TSnapshot;
  readonly [mappingBrand]: true;
}

/** Inclusive first and last partition keys of a range, in the partitions definition's key order. */
export interface PartitionKeyRange {
  start: string;
  end: string;
}

/** timeWindowPartitions() options: a five-field cron of the window starts and the bounds. */
export type TimeWindowPartitionsOptions = CronPartitionsOptions;

/**
 * One partition per day, keyed "2026-01-01". A day's partition exists once the day has ended (endOffset: 1 adds today's).
 * @example export const eventDays = dailyPartitions({ start: "2026-01-01" });
 * @example dailyPartitions({ start: "2026-01-01", timezone: "America/New_York", hourOffset: 6 })
 */
export function dailyPartitions(options: DailyPartitionsOptions): PartitionsDefinition<TimeWindowPartitionsSnapshot> {
  return timeWindowDefinition("dailyPartitions", options, () => dailyPartitionsSnapshot(options));
}

/**
 * One partition per hour, keyed "2026-01-01-13:00". On a night the clocks fall back the repeated hour is a partition of
 * its own, keyed with its UTC offset: "2026-11-01-01:00" then "2026-11-01-01:00-0800".
 * @example hourlyPartitions({ start: "2026-01-01-00:00" })
 */
export function hourlyPartitions(options: HourlyPartitionsOptions): PartitionsDefinition<TimeWindowPartitionsSnapshot> {
  return timeWindowDefinition("hourlyPartitions", options, () => hourlyPartitionsSnapshot(options));
}

/**
 * One partition per week, keyed by the week's first day.
 * @example weeklyPartitions({ start: "2026-01-05", dayOffset: 1 })   // Monday to Sunday
 */
export function weeklyPartitions(options: WeeklyPartitionsOptions): PartitionsDefinition<TimeWindowPartitionsSnapshot> {
  return timeWindowDefinition("weeklyPartitions", options, () => weeklyPartitionsSnapshot(options));
}

/**
 * One partition per month, keyed by the month's first day ("2026-01-01").
 * @example monthlyPartitions({ start: "2026-01-01" })
 */
export function monthlyPartitions(
  options: MonthlyPartitionsOptions,
): PartitionsDefinition<TimeWindowPartitionsSnapshot> {
  return timeWindowDefinition("monthlyPartitions", options, () => monthlyPartitionsSnapshot(options));
}

/**
 * One partition per tick of a cron schedule, each covering the time until the next tick.
 * @example timeWindowPartitions({ cron: "0 6 * * 1-5", start: "2026-01-05-06:00", timezone: "Europe/Berlin" })
 */
export function timeWindowPartitions(
  options: TimeWindowPartitionsOptions,
): PartitionsDefinition<TimeWindowPartitionsSnapshot> {
  return timeWindowDefinition("timeWindowPartitions", options, () => cronPartitionsSnapshot(options));
}

/**
 * A fixed list of partition keys, in the order given.
 * @example export const regions = staticPartitions(["americas", "emea", "apac"]);
 */
export function staticPartitions(keys: readonly string[]): PartitionsDefinition<StaticPartitionsSnapshot> {
  const label = "staticPartitions";
  if (!Array.isArray(keys) || keys.length === 0)
    fail(`${label}: pass a non-empty array of partition keys, e.g. staticPartitions(["us", "eu"]).`);
  const problems: string[] = [];
  const seen = new Set<string>();
  keys.forEach((key: unknown, index) => {
    if (typeof key !== "string")
      return problems.push(`${label}: keys[${index}] is ${typeof key}; partition keys are strings.`);
    const reason = invalidPartitionKeyReason(key);
    if (reason) problems.push(`${label}: ${reason}`);
    else if (seen.has(key))
      problems.push(`${label}: key ${JSON.stringify(key)} is listed twice; each partition key must be unique.`);
    seen.add(key);
  });
  if (problems.length > 0) throw new InvalidDefinitionsError(problems);
  return makeDefinition({ type: "static", keys: [...keys] });
}

const DYNAMIC_NAME_PATTERN = /^[A-Za-z0-9_.-]+$/;
const DIMENSION_NAME_PATTERN = /^[A-Za-z0-9_-]+$/;

/**
 * Partition keys added and removed while Strata runs (from the console, the API or a sensor), stored under `name`.
 * @example export const customers = dynamicPartitions("customers");
 */
export function dynamicPartitions(name: string): PartitionsDefinition<DynamicPartitionsSnapshot> {
  if (typeof name !== "string" || !DYNAMIC_NAME_PATTERN.test(name)) {
    fail(
      `dynamicPartitions: name ${JSON.stringify(name)} is invalid; use letters, digits, "_", "." and "-", e.g. dynamicPartitions("customers").`,
    );
  }
  return makeDefinition({ type: "dynamic", name });
}

/**
 * Two dimensions combined, keyed "2026-01-01|emea" (dimension keys in the order declared here). ctx.partitionDimensionKeys
 * gives the parts by dimension name.
 * @example export const dayByRegion = multiPartitions({ date: dailyPartitions({ start: "2026-01-01" }), region: staticPartitions(["americas", "emea"]) });
 */
export function multiPartitions(
  dimensions: Readonly<Record<string, SingleDimensionPartitionsDefinition>>,
): PartitionsDefinition<MultiPartitionsSnapshot> {
  const label = "multiPartitions";
  const entries = typeof dimensions === "object" && dimensions !== null ? Object.entries(dimensions) : [];
  if (entries.length !== 2)
    fail(
      `${label}: give exactly two dimensions by name, e.g. multiPartitions({ date: dailyPartitions(…), region: staticPartitions(…) }); got ${entries.length}.`,
    );
  const problems: string[] = [];
  for (const [name, definition] of entries) {
    if (!DIMENSION_NAME_PATTERN.test(name))
      problems.push(
        `${label}: dimension name ${JSON.stringify(name)} is invalid; use letters, digits, "_" and "-", e.g. "date" or "region".`,
      );
    if (!isPartitionsDefinition(definition))
      problems.push(
        `${label}: dimension "${name}" is not a partitions definition; pass the value of dailyPartitions(), staticPartitions() or dynamicPartitions().`,
      );
    else if ((definition.snapshot as PartitionsDefinitionSnapshot).type === "multi")
      problems.push(
        `${label}: dimension "${name}" is itself multi-partitioned; each dimension must have one dimension.`,
      );
  }
  if (problems.length > 0) throw new InvalidDefinitionsError(problems);
  const dimensionSnapshots = entries.map(([name, definition]) => ({
    name,
    definition: definition.snapshot as SingleDimensionPartitionsSnapshot,
  }));
  return makeDefinition({ type: "multi", dimensions: dimensionSnapshots as MultiPartitionsSnapshot["dimensions"] });
}

/**
 * Each partition reads the upstream partition with the same key; both assets need the same partitions definition.
 * @example partitionMappings: { raw_events: identityPartitionMapping() }
 */
export function identityPartitionMapping(): PartitionMapping<{ type: "identity" }> {
  return makeMapping({ type: "identity" });
}

/**
 * Each partition reads every upstream partition, as Record<partitionKey, value> (partitions never materialized left out).
 * @example partitionMappings: { exchange_rates: allPartitionsMapping() }
 */
export function allPartitionsMapping(): PartitionMapping<{ type: "all" }> {
  return makeMapping({ type: "all" });
}

/**
 * Between time-window assets: the upstream windows overlapping the partition's window, shifted by whole downstream
 * partitions (a daily asset with offsets -1 reads the previous day, whether its upstream is hourly or daily). Both
 * offsets default to 0.
 * @example partitionMappings: { raw_events: timeWindowPartitionMapping({ startOffset: -1, endOffset: -1 }) }   // the previous day
 * @example partitionMappings: { raw_events: timeWindowPartitionMapping({ startOffset: -6 }) }                  // the last seven days
 */
export function timeWindowPartitionMapping(
  options: { startOffset?: number; endOffset?: number } = {},
): PartitionMapping<{ type: "time_window"; startOffset: number; endOffset: number }> {
  const given = options ?? {};
  const { startOffset = 0, endOffset = 0 } = given;
  const problems = (["startOffset", "endOffset"] as const)
    .filter((name) => !Number.isSafeInteger(given[name] ?? 0))
    .map(
      (name) => `timeWindowPartitionMapping: ${name} must be a whole number of partitions, got ${String(given[name])}.`,
    );
  if (problems.length > 0) throw new InvalidDefinitionsError(problems);
  return makeMapping({ type: "time_window", startOffset, endOffset });
}

/**
 * Between static partitions: upstream key → the downstream key(s) it feeds.
 * @example partitionMappings: { country_sales: staticPartitionMapping({ us: "americas", br: "americas", de: ["emea"] }) }
 */
export function staticPartitionMapping(
  downstreamKeysByUpstreamKey: Readonly<Record<string, string | readonly string[]>>,
): PartitionMapping<{ type: "static"; downstreamKeysByUpstreamKey: Record<string, string[]> }> {
  const label = "staticPartitionMapping";
  if (
    typeof downstreamKeysByUpstreamKey !== "object" ||
    downstreamKeysByUpstreamKey === null ||
    Array.isArray(downstreamKeysByUpstreamKey)
  ) {
    fail(
      `${label}: pass an object of upstream key → downstream key(s), e.g. staticPartitionMapping({ us: "americas" }).`,
    );
  }
  const problems: string[] = [];
  const normalised: Record<string, string[]> = {};
  for (const [upstreamKey, given] of Object.entries(downstreamKeysByUpstreamKey)) {
    const downstreamKeys: unknown[] = Array.isArray(given) ? [...given] : [given];
    for (const key of [upstreamKey, ...downstreamKeys]) {
      const reason =
        typeof key === "string"
          ? invalidPartitionKeyReason(key)
          : `${JSON.stringify(key)} is not a string; partition keys are strings.`;
      if (reason) problems.push(`${label}: ${reason}`);
    }
    normalised[upstreamKey] = [...new Set(downstreamKeys.filter((key): key is string => typeof key === "string"))];
  }
  if (problems.length > 0) throw new InvalidDefinitionsError(problems);
  return makeMapping({ type: "static", downstreamKeysByUpstreamKey: normalised });
}

/**
 * Between a multi-partitioned asset and a single-dimension one whose keys are those of `dimension`: a "date|region"
 * partition reads (or is read by) the partition of its date.
 * @example partitionMappings: { fact_events: dimensionPartitionMapping("date") }
 */
export function dimensionPartitionMapping(
  dimension: string,
): PartitionMapping<{ type: "dimension"; dimension: string }> {
  if (typeof dimension !== "string" || dimension === "")
    fail(`dimensionPartitionMapping: pass the name of a dimension, e.g. dimensionPartitionMapping("date").`);
  return makeMapping({ type: "dimension", dimension });
}

export function isPartitionsDefinition(value: unknown): value is PartitionsDefinition {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[partitionsBrand] === true;
}

export function isPartitionMapping(value: unknown): value is PartitionMapping {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[mappingBrand] === true;
}

function timeWindowDefinition(
  label: string,
  options: unknown,
  build: () => { ok: true; definition: TimeWindowPartitionsSnapshot } | { ok: false; message: string },
): PartitionsDefinition<TimeWindowPartitionsSnapshot> {
  if (typeof options !== "object" || options === null) fail(`${label}: pass options such as { start: "2026-01-01" }.`);
  const result = build();
  if (!result.ok) fail(`${label}: ${result.message}`);
  return makeDefinition(result.definition);
}

function makeDefinition<TSnapshot extends PartitionsDefinitionSnapshot>(
  snapshot: TSnapshot,
): PartitionsDefinition<TSnapshot> {
  const frozen = deepFreeze(structuredClone(snapshot));
  const definition = { snapshot: frozen, description: describePartitionsDefinition(frozen) };
  Object.defineProperty(definition, partitionsBrand, { value: true, enumerable: false });
  return Object.freeze(definition) as PartitionsDefinition<TSnapshot>;
}

function makeMapping<TSnapshot extends PartitionMappingSnapshot>(snapshot: TSnapshot): PartitionMapping<TSnapshot> {
  const mapping = { snapshot: deepFreeze(structuredClone(snapshot)) };
  Object.defineProperty(mapping, mappingBrand, { value: true, enumerable: false });
  return Object.freeze(mapping) as PartitionMapping<TSnapshot>;
}

// Definitions are shared between assets; freezing the JSON keeps one asset's code from changing another's partitions.
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

function fail(problem: string): never {
  throw new InvalidDefinitionsError([problem]);
}
