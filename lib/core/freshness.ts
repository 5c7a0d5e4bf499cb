// Freshness: how late an asset is against its freshness policy, from its last materialization and the time. Pure.
import { latestCronTick } from "./cronTicks";
import { isValidTimeZone, parseCron } from "./partitions";

/**
 * How fresh an asset must be. Without a cron: its last materialization may be at most `maximumLagMinutes` old (and
 * warns past `warnAfterMinutes`). With a cron: by each cron tick, it must hold data materialized no earlier than
 * `maximumLagMinutes` before that tick (Dagster's freshness policy with a cron schedule); it warns for the first
 * `warnAfterMinutes` after a missed tick and is stale after that.
 */
export interface FreshnessPolicySnapshot {
  maximumLagMinutes: number;
  warnAfterMinutes?: number | null;
  cron?: string | null;
  /** The time zone the cron is read in; "UTC" when left out. */
  timezone?: string | null;
}

export type FreshnessStatus = "FRESH" | "WARN" | "STALE";

export interface FreshnessState {
  status: FreshnessStatus;
  /** Minutes since the last materialization; null when it never materialized. */
  lagMinutes: number | null;
  /** How far past its allowance the asset is; 0 while fresh. */
  minutesLate: number;
  /** For cron policies: the tick the asset is judged against. */
  deadline: Date | null;
  /** One sentence for people, e.g. "Materialized 30 h ago; allowed 24 h". */
  reason: string;
}

const MINUTE = 60_000;

/** Problems with a policy as written, each naming the field. */
export function freshnessPolicyProblems(label: string, policy: FreshnessPolicySnapshot): string[] {
  const problems: string[] = [];
  const positive = (value: unknown) => typeof value === "number" && Number.isFinite(value) && value > 0;
  if (!positive(policy.maximumLagMinutes))
    problems.push(`${label}: freshnessPolicy.maximumLagMinutes must be a number of minutes above 0.`);
  if (policy.warnAfterMinutes != null) {
    if (!positive(policy.warnAfterMinutes))
      problems.push(`${label}: freshnessPolicy.warnAfterMinutes must be a number of minutes above 0.`);
    else if (!policy.cron && policy.warnAfterMinutes >= policy.maximumLagMinutes) {
      problems.push(
        `${label}: freshnessPolicy.warnAfterMinutes (${policy.warnAfterMinutes}) must be below maximumLagMinutes (${policy.maximumLagMinutes}): it is when the asset starts to warn.`,
      );
    }
  }
  if (policy.cron != null) {
    const parsed = parseCron(policy.cron);
    if (!parsed.ok) problems.push(`${label}: freshnessPolicy.cron: ${parsed.message}`);
  }
  if (policy.timezone != null && !isValidTimeZone(policy.timezone))
    problems.push(`${label}: freshnessPolicy.timezone "${policy.timezone}" is not an IANA time zone such as "UTC".`);
  return problems;
}

export function evaluateFreshness(
  policy: FreshnessPolicySnapshot,
  lastMaterializedAt: Date | null,
  now: Date,
): FreshnessState {
  const lagMinutes = lastMaterializedAt ? Math.max(0, (now.getTime() - lastMaterializedAt.getTime()) / MINUTE) : null;
  const allowed = describeMinutes(policy.maximumLagMinutes);
  if (policy.cron) {
    const deadline = latestCronTick(policy.cron, policy.timezone ?? "UTC", now);
    const required = deadline ? new Date(deadline.getTime() - policy.maximumLagMinutes * MINUTE) : null;
    if (!deadline || (lastMaterializedAt && required && lastMaterializedAt >= required)) {
      return {
        status: "FRESH",
        lagMinutes,
        minutesLate: 0,
        deadline,
        reason: deadline ? `Up to date for the ${formatInstant(deadline)} deadline` : "No deadline has passed yet",
      };
    }
    const minutesLate = (now.getTime() - deadline.getTime()) / MINUTE;
    const status = policy.warnAfterMinutes != null && minutesLate <= policy.warnAfterMinutes ? "WARN" : "STALE";
    const had = lastMaterializedAt ? `its data is from ${formatInstant(lastMaterializedAt)}` : "it never materialized";
    return {
      status,
      lagMinutes,
      minutesLate,
      deadline,
      reason: `Missed the ${formatInstant(deadline)} deadline (data no older than ${allowed}); ${had}`,
    };
  }
  if (lagMinutes === null) {
    return {
      status: "STALE",
      lagMinutes,
      minutesLate: 0,
      deadline: null,
      reason: `Never materialized; it should be at most ${allowed} old`,
    };
  }
  const minutesLate = Math.max(0, lagMinutes - policy.maximumLagMinutes);
  const status =
    lagMinutes > policy.maximumLagMinutes
      ? "STALE"
      : policy.warnAfterMinutes != null && lagMinutes > policy.warnAfterMinutes
        ? "WARN"
        : "FRESH";
  return {
    status,
    lagMinutes,
    minutesLate,
    deadline: null,
    reason: `Materialized ${describeMinutes(lagMinutes)} ago; allowed ${allowed}`,
  };
}

/** "45 min", "3 h", "2 d 4 h". */
export function describeMinutes(minutes: number): string {
  if (minutes < 60) return `${Math.round(minutes)} min`;
  const hours = minutes / 60;
  if (hours < 48) return `${Math.round(hours * 10) / 10} h`.replace(".0 h", " h");
  const days = Math.floor(hours / 24);
  const rest = Math.round(hours - days * 24);
  return rest > 0 ? `${days} d ${rest} h` : `${days} d`;
}

function formatInstant(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
