"use client";
// Each asset's checks summarised from their latest statuses, by asset key string, for the graph and the catalog.
import { useMemo } from "react";
import { toAssetKeyString } from "../../lib/core/assetKey";
import { type CheckOutcome, type ChecksSummary, checkOutcome, summarizeChecks } from "./checkStatus";
import { useAssetCheckLatestStatuses } from "./useAssetChecks";

export function useChecksSummaryByKey(): ReadonlyMap<string, ChecksSummary> {
  const statuses = useAssetCheckLatestStatuses();
  return useMemo(() => {
    const outcomes = new Map<string, CheckOutcome[]>();
    for (const s of statuses.data ?? []) {
      const key = toAssetKeyString(s.assetKey.path);
      outcomes.set(key, [...(outcomes.get(key) ?? []), checkOutcome(s.status, s.severity)]);
    }
    return new Map([...outcomes].map(([key, list]) => [key, summarizeChecks(list)]));
  }, [statuses.data]);
}
