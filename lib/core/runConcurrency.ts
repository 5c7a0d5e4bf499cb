// Run concurrency limits (Airflow's pools, Dagster's tag concurrency limits): whether one more run
// may start given the runs in progress, and if not, the reason shown on the queued run.

export interface TagConcurrencyLimit {
  /** Runs with this tag key count against the limit… */
  key: string;
  /** …and, when given, only those with this value. */
  value?: string;
  limit: number;
}

export interface RunConcurrencyLimits {
  /** How many runs may be in progress at once across all workers; unlimited when absent. */
  maxConcurrentRuns?: number;
  tagConcurrencyLimits?: TagConcurrencyLimit[];
}

/** Whether any limit is set; without one, a run never waits for another. */
export function hasRunConcurrencyLimits(limits: RunConcurrencyLimits): boolean {
  return limits.maxConcurrentRuns !== undefined || (limits.tagConcurrencyLimits?.length ?? 0) > 0;
}

export type ConcurrencyDecision = { ok: true } | { ok: false; reason: string };

type Tags = Readonly<Record<string, string>>;

function matches(limit: TagConcurrencyLimit, tags: Tags): boolean {
  return limit.key in tags && (limit.value === undefined || tags[limit.key] === limit.value);
}

export function checkRunConcurrency(
  limits: RunConcurrencyLimits,
  inProgress: readonly Tags[],
  candidate: Tags,
): ConcurrencyDecision {
  if (limits.maxConcurrentRuns !== undefined && inProgress.length >= limits.maxConcurrentRuns) {
    return {
      ok: false,
      reason: `${inProgress.length} of ${limits.maxConcurrentRuns} allowed runs are in progress (maxConcurrentRuns).`,
    };
  }
  for (const limit of limits.tagConcurrencyLimits ?? []) {
    if (!matches(limit, candidate)) continue;
    const using = inProgress.filter((tags) => matches(limit, tags)).length;
    if (using >= limit.limit) {
      const tag = limit.value === undefined ? limit.key : `${limit.key}=${limit.value}`;
      return { ok: false, reason: `${using} of ${limit.limit} allowed runs with tag ${tag} are in progress.` };
    }
  }
  return { ok: true };
}
