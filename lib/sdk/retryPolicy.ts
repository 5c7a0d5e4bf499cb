// Retry policies: their validation when an asset is defined, and the pure delay math the executor waits on.
import type { RetryPolicySnapshot } from "../core/definitionsSnapshot";

/**
 * How often, and after how long, a failed materialization is tried again.
 * With no backoff every retry waits `delayMs`; "linear" waits delayMs × n before retry n; "exponential" waits
 * delayMs × 2^(n-1). `maxDelayMs` caps the wait; jitter spreads retries of many steps so they do not stampede.
 * @example retryPolicy: { maxRetries: 3, delayMs: 1_000, backoff: "exponential", jitter: "full", maxDelayMs: 30_000 }
 */
export type RetryPolicy = RetryPolicySnapshot;

const BACKOFFS = ["linear", "exponential"] as const;
const JITTERS = ["full", "plus_minus", "none"] as const;
const KNOWN_FIELDS = new Set(["maxRetries", "delayMs", "backoff", "jitter", "maxDelayMs"]);

/** Problems with a policy as users write it, each prefixed with `label` (e.g. `Asset "raw_events"`). */
export function retryPolicyProblems(label: string, policy: unknown): string[] {
  if (typeof policy !== "object" || policy === null || Array.isArray(policy)) {
    return [`${label}: retryPolicy must be an object such as { maxRetries: 3, delayMs: 1000 }.`];
  }
  const fields = policy as Record<string, unknown>;
  const problems: string[] = [];
  const unknown = Object.keys(fields).filter((name) => !KNOWN_FIELDS.has(name));
  if (unknown.length > 0)
    problems.push(
      `${label}: retryPolicy has unknown field(s) ${unknown.map((n) => `"${n}"`).join(", ")}; allowed: ${[...KNOWN_FIELDS].join(", ")}.`,
    );
  if (!isNonNegativeInteger(fields.maxRetries))
    problems.push(`${label}: retryPolicy.maxRetries must be a non-negative integer, got ${String(fields.maxRetries)}.`);
  for (const name of ["delayMs", "maxDelayMs"] as const) {
    const value = fields[name];
    if (value !== undefined && !(typeof value === "number" && Number.isFinite(value) && value >= 0)) {
      problems.push(
        `${label}: retryPolicy.${name} must be a non-negative number of milliseconds, got ${String(value)}.`,
      );
    }
  }
  if (fields.backoff !== undefined && !BACKOFFS.includes(fields.backoff as (typeof BACKOFFS)[number])) {
    problems.push(
      `${label}: retryPolicy.backoff must be "linear" or "exponential" (or left out for a constant delay), got ${JSON.stringify(fields.backoff)}.`,
    );
  }
  if (fields.jitter !== undefined && !JITTERS.includes(fields.jitter as (typeof JITTERS)[number])) {
    problems.push(
      `${label}: retryPolicy.jitter must be "full", "plus_minus" or "none", got ${JSON.stringify(fields.jitter)}.`,
    );
  }
  return problems;
}

/** A copy holding only the fields that were given, so snapshots stay free of `undefined` entries. */
export function normaliseRetryPolicy(policy: RetryPolicy): RetryPolicy {
  const copy: RetryPolicy = { maxRetries: policy.maxRetries };
  if (policy.delayMs !== undefined) copy.delayMs = policy.delayMs;
  if (policy.backoff !== undefined) copy.backoff = policy.backoff;
  if (policy.jitter !== undefined) copy.jitter = policy.jitter;
  if (policy.maxDelayMs !== undefined) copy.maxDelayMs = policy.maxDelayMs;
  return Object.freeze(copy);
}

/**
 * Milliseconds to wait before retry number `retry` (1 for the first retry). `random` returns a number in [0, 1)
 * and is injectable so the jitter is testable. The result is a whole number, never negative, never above maxDelayMs.
 */
export function retryDelayMs(policy: RetryPolicy, retry: number, random: () => number = Math.random): number {
  const base = policy.delayMs ?? 0;
  const cap = policy.maxDelayMs ?? Number.POSITIVE_INFINITY;
  const step = Math.max(1, Math.floor(retry));
  const backedOff =
    policy.backoff === "linear" ? base * step : policy.backoff === "exponential" ? base * 2 ** (step - 1) : base;
  const capped = Math.min(backedOff, cap);
  let jittered = capped;
  // Full jitter draws from [0, delay]; plus/minus moves the delay by up to the base delay either way.
  if (policy.jitter === "full") jittered = random() * capped;
  else if (policy.jitter === "plus_minus") jittered = capped + (2 * random() - 1) * base;
  return Math.round(Math.min(Math.max(jittered, 0), cap));
}

function isNonNegativeInteger(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}
