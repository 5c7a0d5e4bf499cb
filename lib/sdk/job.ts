// job(): a named selection of assets with the run config, tags and presets it is launched with.
import type { RunConfig } from "../core/runConfig";
import type { AnyAssetDefinition } from "./assetDefinition";
import { isAssetDefinition } from "./assetDefinition";
import { describeValue } from "./attributes";
import { InvalidDefinitionsError } from "./errors";
import { isPartitionsDefinition, type PartitionsDefinition } from "./partitions";

/** Run config and tags picked by name in the launchpad, e.g. a small sample for a quick check. */
export interface JobPreset {
  /**
   * Shown in the launchpad's preset menu; letters, digits, "_" and "-".
   * @example name: "small_sample"
   */
  name: string;
  /** @example description: "50 events a day: a run finishes in seconds." */
  description?: string;
  /**
   * The whole run config of a launch with this preset.
   * @example config: { ops: { raw_events: { config: { eventCount: 50 } } } }
   */
  config: RunConfig;
  /** @example tags: { sample: "true" } */
  tags?: Readonly<Record<string, string>>;
}

export interface JobOptions {
  /**
   * The job's unique name in its code location; letters, digits, "_" and "-".
   * @example name: "daily_events"
   */
  name: string;
  /**
   * What it materializes: a selection (`group:user_events`, `+fact_events`) or a list of assets. Source assets are
   * left out (they are observed, not materialized).
   * @example selection: "group:user_events"
   * @example selection: [rawEvents, deduplicatedEvents]
   */
  selection: string | readonly AnyAssetDefinition[];
  /** Markdown shown on the job's page. */
  description?: string;
  /**
   * The run config every launch starts from; checked against the assets' config schemas when the code loads.
   * @example config: { ops: { enriched_events: { config: { lookback_days: 3 } } } }
   */
  config?: RunConfig;
  /**
   * Tags on every run of the job (a launch's own tags win).
   * @example tags: { team: "growth" }
   */
  tags?: Readonly<Record<string, string>>;
  /**
   * The partitions the job's runs pick from; must be the partitions of every partitioned asset it selects. Left out,
   * it is taken from those assets.
   * @example partitions: dailyPartitions({ start: "2026-01-01" })
   */
  partitions?: PartitionsDefinition;
  /** Named run configs for the launchpad. */
  presets?: readonly JobPreset[];
}

export interface JobDefinition {
  readonly name: string;
  /** The selection text; asset lists are written as their keys joined by " or ". */
  readonly selection: string;
  readonly description: string | null;
  readonly config: RunConfig | null;
  readonly tags: Readonly<Record<string, string>>;
  readonly partitions: PartitionsDefinition | null;
  readonly presets: readonly JobPreset[];
}

const NAME_PATTERN = /^[A-Za-z0-9_-]+$/;
const jobBrand = Symbol.for("strata.job");

/**
 * Declares a job. Give it to defineDefinitions({ jobs }); it appears in the console's Jobs page and launchpad and in
 * `strata materialize --job <name>`.
 * @example
 * export const dailyEvents = job({
 *   name: "daily_events",
 *   selection: "group:user_events",
 *   presets: [{ name: "small_sample", config: { ops: { raw_events: { config: { eventCount: 50 } } } } }],
 * });
 */
export function job(options: JobOptions): JobDefinition {
  const label = `job(${JSON.stringify(options?.name ?? "")})`;
  const problems: string[] = [];
  if (typeof options?.name !== "string" || !NAME_PATTERN.test(options.name)) {
    problems.push(
      `job(): name must hold letters, digits, "_" and "-", e.g. name: "daily_events"; got ${describeValue(options?.name)}.`,
    );
  }
  const selection = selectionText(options?.selection);
  if (selection === null)
    problems.push(`${label}: selection must be a selection such as "group:user_events" or a non-empty list of assets.`);
  if (options?.partitions !== undefined && !isPartitionsDefinition(options.partitions))
    problems.push(
      `${label}: partitions must be made by dailyPartitions(), staticPartitions() or another partitions builder.`,
    );
  if (options?.config !== undefined && !isRecord(options.config))
    problems.push(
      `${label}: config must be a run config object, e.g. { ops: { raw_events: { config: { eventCount: 50 } } } }.`,
    );
  const presets = options?.presets ?? [];
  const seen = new Set<string>();
  presets.forEach((preset, index) => {
    if (!isRecord(preset) || typeof preset.name !== "string" || !NAME_PATTERN.test(preset.name))
      problems.push(`${label}: presets[${index}] needs a name of letters, digits, "_" and "-".`);
    else if (seen.has(preset.name)) problems.push(`${label}: preset "${preset.name}" is defined twice.`);
    else seen.add(preset.name);
    if (isRecord(preset) && !isRecord(preset.config))
      problems.push(`${label}: preset "${String(preset.name)}" needs a config object.`);
  });
  if (problems.length > 0) throw new InvalidDefinitionsError(problems);
  const definition: JobDefinition = {
    name: options.name,
    selection: selection!,
    description: options.description ?? null,
    config: options.config ? structuredClone(options.config) : null,
    tags: Object.freeze({ ...(options.tags ?? {}) }),
    partitions: options.partitions ?? null,
    presets: Object.freeze(
      presets.map((preset) => ({
        ...preset,
        config: structuredClone(preset.config),
        tags: { ...(preset.tags ?? {}) },
      })),
    ),
  };
  Object.defineProperty(definition, jobBrand, { value: true, enumerable: false });
  return Object.freeze(definition);
}

export function isJobDefinition(value: unknown): value is JobDefinition {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[jobBrand] === true;
}

function selectionText(selection: unknown): string | null {
  if (typeof selection === "string") return selection.trim() ? selection.trim() : null;
  if (!Array.isArray(selection) || selection.length === 0 || !selection.every(isAssetDefinition)) return null;
  return (selection as AnyAssetDefinition[]).map((asset) => asset.keyString).join(" or ");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
