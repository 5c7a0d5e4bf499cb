// Sensors: evaluated by the daemon every so often, they launch runs when something happens — whatever a custom
// evaluate function says (with a cursor it keeps), a new materialization of an asset, or a run ending in a status.
import type { RunRequest, SensorRunInfo } from "../core/sensorEvaluation";
import { type AnyAssetDefinition, isAssetDefinition } from "./assetDefinition";
import { describeValue } from "./attributes";
import type { AssetLogger } from "./context";
import { InvalidDefinitionsError } from "./errors";
import { isJobDefinition, type JobDefinition } from "./job";

export type { RunRequest } from "../core/sensorEvaluation";

export interface SensorResult {
  runRequests?: readonly RunRequest[];
  /** Stored and handed to the next evaluation as ctx.cursor (shown and editable in the console). */
  cursor?: string | null;
  /** Why nothing was requested this time, shown on the tick. */
  skipReason?: string;
}

export interface SensorContext {
  /** What the last evaluation returned as its cursor; null the first time. */
  cursor: string | null;
  /** When this evaluation happens. */
  now: Date;
  log: AssetLogger;
}

export interface RunStatusContext {
  run: SensorRunInfo;
  log: AssetLogger;
}

type Target = JobDefinition | string | readonly AnyAssetDefinition[];

interface SensorBase {
  /** Unique among the code location's schedules and sensors; letters, digits, "_" and "-". */
  name: string;
  description?: string;
  /**
   * Seconds between evaluations; 30 by default.
   * @example minimumIntervalSeconds: 60
   */
  minimumIntervalSeconds?: number;
  /** "STOPPED" by default, so a new sensor never launches runs by surprise. */
  defaultStatus?: "RUNNING" | "STOPPED";
}

export interface SensorOptions extends SensorBase {
  /** What its run requests launch. */
  target: Target;
  /**
   * Looks at the outside world and asks for runs; runs in a child process, like assets.
   * @example evaluate: async ({ cursor }) => { const files = await listNewFiles(cursor); return { runRequests: files.map((f) => ({ runKey: f })), cursor: files.at(-1) ?? cursor }; }
   */
  evaluate: (ctx: SensorContext) => SensorResult | Promise<SensorResult>;
}

export interface AssetSensorOptions extends SensorBase {
  /** The asset whose new materializations trigger runs (one per materialization, for its partition). */
  asset: AnyAssetDefinition;
  target: Target;
}

export interface RunStatusSensorOptions extends SensorBase {
  /** The run status it reacts to. */
  status: "SUCCESS" | "FAILURE";
  /**
   * Only runs of this job or materializing these assets; every run when left out.
   * @example monitored: dailyEvents
   */
  monitored?: Target;
  /**
   * Called once per run that ended in `status`, e.g. to post to a chat or open a ticket.
   * @example evaluate: ({ run }) => fetch(webhook, { method: "POST", body: JSON.stringify({ text: `Run ${run.runId} failed` }) })
   */
  evaluate: (ctx: RunStatusContext) => void | Promise<void>;
}

export type SensorDefinition =
  | (SensorCommon & {
      readonly type: "custom";
      readonly target: ResolvedTarget;
      evaluate(ctx: SensorContext): SensorResult | Promise<SensorResult>;
    })
  | (SensorCommon & { readonly type: "asset"; readonly target: ResolvedTarget; readonly assetKey: string })
  | (SensorCommon & {
      readonly type: "run_status";
      readonly status: "SUCCESS" | "FAILURE";
      readonly monitored: ResolvedTarget | null;
      evaluate(ctx: RunStatusContext): void | Promise<void>;
    });

interface SensorCommon {
  readonly name: string;
  readonly description: string | null;
  readonly minimumIntervalSeconds: number;
  readonly defaultStatus: "RUNNING" | "STOPPED";
}

export type ResolvedTarget = { readonly job: JobDefinition } | { readonly selection: string };

const NAME_PATTERN = /^[A-Za-z0-9_-]+$/;
const sensorBrand = Symbol.for("strata.sensor");

/**
 * A sensor with an evaluate function of your own: it returns run requests and a cursor the next evaluation gets back.
 * @example
 * export const newFiles = sensor({ name: "new_files", target: rawEvents, evaluate: ({ cursor }) => ({ runRequests: [], cursor }) });
 */
export function sensor(options: SensorOptions): SensorDefinition {
  const common = commonOf(options, "sensor");
  const target = targetOf(options?.target);
  const problems = [...common.problems];
  if (!target)
    problems.push(
      `${common.label}: target must be a job, a selection such as "group:analytics", or a non-empty list of assets.`,
    );
  if (typeof options?.evaluate !== "function")
    problems.push(`${common.label}: evaluate must be a function returning { runRequests, cursor }.`);
  if (problems.length > 0) throw new InvalidDefinitionsError(problems);
  return brand({ ...common.fields, type: "custom", target: target!, evaluate: options.evaluate });
}

/**
 * Launches its target each time an asset materializes (for the same partition when the target has it).
 * @example
 * export const onFacts = assetSensor({ name: "reports_after_facts", asset: factEvents, target: "analytics/weekly_report" });
 */
export function assetSensor(options: AssetSensorOptions): SensorDefinition {
  const common = commonOf(options, "assetSensor");
  const target = targetOf(options?.target);
  const problems = [...common.problems];
  if (!isAssetDefinition(options?.asset)) problems.push(`${common.label}: asset must be an asset definition.`);
  if (!target)
    problems.push(
      `${common.label}: target must be a job, a selection such as "group:analytics", or a non-empty list of assets.`,
    );
  if (problems.length > 0) throw new InvalidDefinitionsError(problems);
  return brand({ ...common.fields, type: "asset", target: target!, assetKey: options.asset.keyString });
}

/**
 * Calls evaluate once for each run that ends in `status` (Dagster's run status sensor), e.g. to post a webhook.
 * @example
 * export const onFailure = runStatusSensor({ name: "page_on_failure", status: "FAILURE", evaluate: ({ run }) => notify(run) });
 */
export function runStatusSensor(options: RunStatusSensorOptions): SensorDefinition {
  const common = commonOf(options, "runStatusSensor");
  const problems = [...common.problems];
  if (options?.status !== "SUCCESS" && options?.status !== "FAILURE")
    problems.push(`${common.label}: status must be "SUCCESS" or "FAILURE"; got ${describeValue(options?.status)}.`);
  const monitored = options?.monitored === undefined ? null : targetOf(options.monitored);
  if (options?.monitored !== undefined && !monitored)
    problems.push(`${common.label}: monitored must be a job, a selection or a non-empty list of assets.`);
  if (typeof options?.evaluate !== "function")
    problems.push(`${common.label}: evaluate must be a function of ({ run, log }).`);
  if (problems.length > 0) throw new InvalidDefinitionsError(problems);
  return brand({ ...common.fields, type: "run_status", status: options.status, monitored, evaluate: options.evaluate });
}

export function isSensorDefinition(value: unknown): value is SensorDefinition {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[sensorBrand] === true;
}

function commonOf(
  options: SensorBase | undefined,
  builder: string,
): { label: string; problems: string[]; fields: SensorCommon } {
  const label = `${builder}(${JSON.stringify(options?.name ?? "")})`;
  const problems: string[] = [];
  if (typeof options?.name !== "string" || !NAME_PATTERN.test(options.name))
    problems.push(`${builder}(): name must hold letters, digits, "_" and "-"; got ${describeValue(options?.name)}.`);
  const interval = options?.minimumIntervalSeconds ?? 30;
  if (!(typeof interval === "number" && Number.isFinite(interval) && interval >= 1))
    problems.push(
      `${label}: minimumIntervalSeconds must be a number of seconds of at least 1; got ${String(interval)}.`,
    );
  const defaultStatus = options?.defaultStatus ?? "STOPPED";
  if (defaultStatus !== "RUNNING" && defaultStatus !== "STOPPED")
    problems.push(`${label}: defaultStatus must be "RUNNING" or "STOPPED".`);
  return {
    label,
    problems,
    fields: {
      name: options?.name ?? "",
      description: options?.description ?? null,
      minimumIntervalSeconds: interval,
      defaultStatus,
    },
  };
}

function targetOf(target: unknown): ResolvedTarget | null {
  if (isJobDefinition(target)) return { job: target };
  if (typeof target === "string") return target.trim() ? { selection: target.trim() } : null;
  if (Array.isArray(target) && target.length > 0 && target.every(isAssetDefinition))
    return { selection: (target as AnyAssetDefinition[]).map((a) => a.keyString).join(" or ") };
  return null;
}

function brand(definition: SensorDefinition): SensorDefinition {
  Object.defineProperty(definition, sensorBrand, { value: true, enumerable: false });
  return Object.freeze(definition);
}
