// How an asset's latest materialization state reads in the console: label, color, and the time it refers to.
import type {
  AssetLatestInfoFieldsFragment as AssetLatestInfo,
  AssetMaterializationState,
} from "../../graphql/client/generated/graphql";

export const statusLabel: Record<AssetMaterializationState, string> = {
  MATERIALIZED: "Materialized",
  FAILED: "Failed",
  NEVER_MATERIALIZED: "Never materialized",
  SOURCE: "Source",
};

export const statusDotClass: Record<AssetMaterializationState, string> = {
  MATERIALIZED: "bg-emerald-500",
  FAILED: "bg-red-500",
  NEVER_MATERIALIZED: "bg-neutral-300",
  SOURCE: "bg-sky-400",
};

export const statusTextClass: Record<AssetMaterializationState, string> = {
  MATERIALIZED: "text-emerald-700",
  FAILED: "text-red-700",
  NEVER_MATERIALIZED: "text-neutral-500",
  SOURCE: "text-sky-700",
};

/** The timestamp the state refers to: the failure for FAILED, otherwise the last materialization. */
export function statusTimestamp(info: AssetLatestInfo): string | null {
  if (info.state === "FAILED") return info.lastFailureTimestamp;
  if (info.state === "MATERIALIZED") return info.lastMaterializationTimestamp;
  return null;
}

/** The run behind the state, if any: the failing run for FAILED, the materializing run for MATERIALIZED. */
export function statusRunId(info: AssetLatestInfo): string | null {
  if (info.state === "FAILED") return info.lastFailureRunId;
  if (info.state === "MATERIALIZED") return info.lastMaterializationRunId;
  return null;
}
