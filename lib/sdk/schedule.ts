// schedule(): launches a job or a selection of assets on a cron, in a time zone, with Airflow's catchup.
import type { RunConfig } from "../core/runConfig";
import { type AnyAssetDefinition, isAssetDefinition } from "./assetDefinition";
import { describeValue } from "./attributes";
import { InvalidDefinitionsError } from "./errors";
import { isJobDefinition, type JobDefinition } from "./job";

export interface ScheduleOptions {
  /**
   * The schedule's unique name in its code location; letters, digits, "_" and "-".
   * @example name: "daily_events_at_six"
   */
  name: string;
  /**
   * Five-field cron (minute hour day-of-month month day-of-week) or @hourly, @daily, @weekly, @monthly.
   * @example cron: "0 6 * * *"
   */
  cron: string;
  /**
   * The IANA time zone the cron is read in; ticks keep their wall-clock time across DST changes (a time the clocks
   * skip ticks when they resume, a time they repeat ticks once). Defaults to "UTC".
   * @example timezone: "Europe/Berlin"
   */
  timezone?: string;
  /**
   * What each tick launches: a job, a selection such as "group:analytics", or a list of assets. For partitioned
   * targets each tick launches the partition whose window ended last at the tick.
   * @example target: dailyEvents
   */
  target: JobDefinition | string | readonly AnyAssetDefinition[];
  description?: string;
  /**
   * Airflow's catchup: when the daemon was down over some ticks, launch each of them (true) or record them as skipped
   * and go on from now (false, the default).
   * @example catchup: true
   */
  catchup?: boolean;
  /**
   * At most this many of the schedule's runs queued or in progress (Airflow's max_active_runs): a tick beyond it is
   * skipped, or with catchup on, waits until one of them finishes.
   * @example maxActiveRuns: 1
   */
  maxActiveRuns?: number;
  /**
   * Whether it runs before anyone turns it on in the console. Defaults to "STOPPED", so a new schedule never launches
   * runs by surprise.
   * @example defaultStatus: "RUNNING"
   */
  defaultStatus?: "RUNNING" | "STOPPED";
  /** Tags on every run it launches. */
  tags?: Readonly<Record<string, string>>;
  /**
   * The run config of its runs; a job's own config when left out.
   * @example config: { ops: { raw_events: { config: { eventCount: 800 } } } }
   */
  config?: RunConfig;
}

export interface ScheduleDefinition {
  readonly name: string;
  readonly cron: string;
  readonly timezone: string;
  readonly target: { readonly job: JobDefinition } | { readonly selection: string };
  readonly description: string | null;
  readonly catchup: boolean;
  readonly maxActiveRuns: number | null;
  readonly defaultStatus: "RUNNING" | "STOPPED";
  readonly tags: Readonly<Record<string, string>>;
  readonly config: RunConfig | null;
}

const NAME_PATTERN = /^[A-Za-z0-9_-]+$/;
const scheduleBrand = Symbol.for("strata.schedule");

/**
 * Declares a schedule. Give it to defineDefinitions({ schedules }); the daemon ticks it, and the Automation page turns
 * it on and off and shows its ticks.
 * @example
 * export const everyMorning = schedule({ name: "daily_events_at_six", cron: "0 6 * * *", timezone: "Europe/Berlin", target: dailyEvents });
 */
export function schedule(options: ScheduleOptions): ScheduleDefinition {
  const label = `schedule(${JSON.stringify(options?.name ?? "")})`;
  const problems: string[] = [];
  if (typeof options?.name !== "string" || !NAME_PATTERN.test(options.name)) {
    problems.push(
      `schedule(): name must hold letters, digits, "_" and "-", e.g. name: "daily_at_six"; got ${describeValue(options?.name)}.`,
    );
  }
  if (typeof options?.cron !== "string" || !options.cron.trim())
    problems.push(`${label}: cron must be a cron string such as "0 6 * * *".`);
  if (options?.timezone !== undefined && typeof options.timezone !== "string")
    problems.push(`${label}: timezone must be an IANA name such as "Europe/Berlin".`);
  const target = targetOf(options?.target);
  if (!target)
    problems.push(
      `${label}: target must be a job, a selection such as "group:analytics", or a non-empty list of assets.`,
    );
  if (
    options?.maxActiveRuns !== undefined &&
    !(Number.isInteger(options.maxActiveRuns) && options.maxActiveRuns >= 1)
  ) {
    problems.push(
      `${label}: maxActiveRuns must be a whole number of at least 1; got ${String(options.maxActiveRuns)}.`,
    );
  }
  if (
    options?.defaultStatus !== undefined &&
    options.defaultStatus !== "RUNNING" &&
    options.defaultStatus !== "STOPPED"
  ) {
    problems.push(
      `${label}: defaultStatus must be "RUNNING" or "STOPPED"; got ${describeValue(options.defaultStatus)}.`,
    );
  }
  if (problems.length > 0) throw new InvalidDefinitionsError(problems);
  const definition: ScheduleDefinition = {
    name: options.name,
    cron: options.cron.trim(),
    timezone: options.timezone ?? "UTC",
    target: target!,
    description: options.description ?? null,
    catchup: options.catchup ?? false,
    maxActiveRuns: options.maxActiveRuns ?? null,
    defaultStatus: options.defaultStatus ?? "STOPPED",
    tags: Object.freeze({ ...(options.tags ?? {}) }),
    config: options.config ? structuredClone(options.config) : null,
  };
  Object.defineProperty(definition, scheduleBrand, { value: true, enumerable: false });
  return Object.freeze(definition);
}

export function isScheduleDefinition(value: unknown): value is ScheduleDefinition {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[scheduleBrand] === true;
}

function targetOf(target: unknown): ScheduleDefinition["target"] | null {
  if (isJobDefinition(target)) return { job: target };
  if (typeof target === "string") return target.trim() ? { selection: target.trim() } : null;
  if (Array.isArray(target) && target.length > 0 && target.every(isAssetDefinition))
    return { selection: (target as AnyAssetDefinition[]).map((a) => a.keyString).join(" or ") };
  return null;
}
