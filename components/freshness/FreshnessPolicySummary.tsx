// An asset's freshness on its Overview: where it stands now and its policy, in words.

import { describeMinutes } from "../../lib/core/freshness";
import type { FreshnessPolicy } from "../assets/useAssetNode";
import type { FreshnessInfo } from "../assets/useAssetNodes";
import { FreshnessBadge } from "./FreshnessBadge";

export function describeFreshnessPolicy(policy: FreshnessPolicy): string {
  const lag = describeMinutes(policy.maximumLagMinutes);
  const warn = policy.warnAfterMinutes != null ? describeMinutes(policy.warnAfterMinutes) : null;
  if (policy.cronSchedule) {
    return `At each tick of "${policy.cronSchedule}" (${policy.cronScheduleTimezone ?? "UTC"}), holds data at most ${lag} old${warn ? `; late for ${warn} before it is stale` : ""}.`;
  }
  return `Materialized at most ${lag} ago${warn ? `; late after ${warn}` : ""}.`;
}

export function FreshnessPolicySummary({ policy, info }: { policy: FreshnessPolicy; info: FreshnessInfo | null }) {
  return (
    <div className="space-y-2 text-[13px]">
      {info && (
        <div className="flex flex-wrap items-center gap-2">
          <FreshnessBadge info={info} />
          <span className="text-neutral-600">{info.reason}</span>
        </div>
      )}
      <p className="text-neutral-500">{describeFreshnessPolicy(policy)}</p>
    </div>
  );
}
