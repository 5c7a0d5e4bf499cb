// Declarative automation: whether an asset's automation condition asks for a run now, and the reasons either way.
// Pure: the daemon passes in what it read (versions, runs in progress, the last request) and records the decision.
import { latestCronTick } from "./cronTicks";
import { isValidTimeZone, parseCron } from "./partitions";

/**
 * eager: materialize when an upstream has new data (or the asset is missing and its upstreams have data).
 * on_cron: materialize at each tick of the cron. on_missing: materialize once when the asset has never materialized.
 */
export type AutomationConditionSnapshot =
  | { type: "eager" }
  | { type: "on_cron"; cron: string; timezone: string }
  | { type: "on_missing" };

export interface AutomationUpstream {
  key: string;
  /** Its latest version (see staleness.upstreamVersion); null while it has no data. */
  version: string | null;
  inProgress: boolean;
}

export interface AutomationInput {
  condition: AutomationConditionSnapshot;
  now: Date;
  /** When the condition was last evaluated; null the first time. */
  lastEvaluatedAt: Date | null;
  materialized: boolean;
  /** A run that materializes this asset is queued or in progress. */
  inProgress: boolean;
  upstream: readonly AutomationUpstream[];
  /** Each upstream's version when the asset last materialized; null when not recorded. */
  recordedUpstream: Readonly<Record<string, string | null>> | null;
  /** What the last request was made for (the decision's `fingerprint`), so one change is requested once. */
  lastRequestedFor: string | null;
}

export interface AutomationDecision {
  request: boolean;
  reasons: string[];
  /** Identifies the change a request answers; stored, so the same change never requests twice. */
  fingerprint: string | null;
}

const skip = (...reasons: string[]): AutomationDecision => ({ request: false, reasons, fingerprint: null });

export function evaluateAutomation(input: AutomationInput): AutomationDecision {
  if (input.inProgress) return skip("A run materializing it is already queued or in progress.");
  switch (input.condition.type) {
    case "eager":
      return evaluateEager(input);
    case "on_cron":
      return evaluateOnCron(input, input.condition.cron, input.condition.timezone);
    case "on_missing":
      if (input.materialized) return skip("It has been materialized.");
      return requestOnce(input, "missing", ["It has never been materialized."]);
  }
}

function evaluateEager(input: AutomationInput): AutomationDecision {
  const running = input.upstream.filter((u) => u.inProgress).map((u) => u.key);
  if (running.length > 0) return skip(`Waiting for upstream ${running.join(", ")} to finish.`);
  const empty = input.upstream.filter((u) => u.version === null).map((u) => u.key);
  if (empty.length > 0) return skip(`Upstream ${empty.join(", ")} has no data yet.`);
  const fingerprint = JSON.stringify(Object.fromEntries(input.upstream.map((u) => [u.key, u.version])));
  if (!input.materialized)
    return requestOnce(input, fingerprint, [
      input.upstream.length > 0 ? "It is missing and its upstream data is available." : "It is missing.",
    ]);
  const updated = input.recordedUpstream
    ? input.upstream.filter((u) => input.recordedUpstream?.[u.key] !== u.version).map((u) => u.key)
    : [];
  if (updated.length === 0) return skip("No upstream has new data since it last materialized.");
  return requestOnce(
    input,
    fingerprint,
    updated.map((key) => `Upstream ${key} has new data.`),
  );
}

function evaluateOnCron(input: AutomationInput, cron: string, timezone: string): AutomationDecision {
  const tick = latestCronTick(cron, timezone, input.now);
  if (!tick) return skip(`The cron "${cron}" has not ticked yet.`);
  // The first evaluation only sets where the clock starts, so turning automation on launches nothing at once.
  if (input.lastEvaluatedAt === null || tick <= input.lastEvaluatedAt)
    return skip(`Next request after the next tick of "${cron}" (${timezone}).`);
  return requestOnce(input, `tick:${tick.toISOString()}`, [
    `The cron "${cron}" (${timezone}) ticked at ${tick.toISOString().slice(0, 16).replace("T", " ")} UTC.`,
  ]);
}

function requestOnce(input: AutomationInput, fingerprint: string, reasons: string[]): AutomationDecision {
  if (input.lastRequestedFor === fingerprint)
    return skip("Already requested for this change; a failed run is not retried automatically.");
  return { request: true, reasons, fingerprint };
}

/** Problems with a condition as written, each naming the field. */
export function automationConditionProblems(label: string, condition: AutomationConditionSnapshot): string[] {
  if (condition.type !== "on_cron") return [];
  const problems: string[] = [];
  const parsed = parseCron(condition.cron);
  if (!parsed.ok) problems.push(`${label}: automationCondition cron: ${parsed.message}`);
  if (!isValidTimeZone(condition.timezone))
    problems.push(
      `${label}: automationCondition timezone "${condition.timezone}" is not an IANA time zone such as "UTC".`,
    );
  return problems;
}
