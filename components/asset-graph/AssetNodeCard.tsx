"use client";
// One asset in the graph: key (last segment bold), kinds, and its latest materialization, or for a partitioned
// asset how many of its partitions are materialized (the accent still shows the latest materialization's state);
// its checks' latest results as a badge, and a red accent and border while an ERROR check fails; "Unsynced" (in place
// of the kinds) when its code or upstream data changed since it last materialized. Zoomed out, only the accent, the
// border and the name, set large enough to read; zoomed far out, not even the name (see NodeDetail). While statuses
// load, a placeholder where the status goes. Edges are drawn by AssetEdges, so the card has no handles.
import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { AssetKeyLabel } from "../assets/AssetKeyLabel";
import { KindBadges } from "../assets/KindBadges";
import { MaterializationStatus } from "../assets/MaterializationStatus";
import { ChecksSummaryBadge } from "../checks/ChecksSummaryBadge";
import { FreshnessBadge } from "../freshness/FreshnessBadge";
import { PartitionStatsBar } from "../partitions/PartitionStatsBar";
import { StaleBadge } from "../staleness/StaleBadge";
import { isUnsynced } from "../staleness/staleFields";
import { cx } from "../ui/cx";
import type { AssetFlowNode } from "./flowTypes";
import { useNodeDetail } from "./graphActions";

const stateAccent: Record<string, string> = {
  MATERIALIZED: "before:bg-emerald-500",
  FAILED: "before:bg-red-500",
  NEVER_MATERIALIZED: "before:bg-neutral-300",
  SOURCE: "before:bg-sky-400",
};

export const AssetNodeCard = memo(function AssetNodeCard({ data, selected }: NodeProps<AssetFlowNode>) {
  const { asset } = data;
  const detail = useNodeDetail();
  const frame = cx(
    "relative flex h-full w-full cursor-pointer rounded-md border bg-white",
    "before:absolute before:inset-y-0 before:left-0 before:rounded-l-[5px]",
    data.checks?.worst === "FAILED"
      ? "before:bg-red-500"
      : data.statusPending && !asset.isSource
        ? "before:bg-neutral-200"
        : stateAccent[asset.assetLatestInfo.state],
    selected
      ? "border-accent-500 shadow-md ring-accent-200"
      : data.checks?.worst === "FAILED"
        ? "border-red-300 hover:border-red-400"
        : "border-neutral-300 hover:border-neutral-400",
    asset.isSource && !selected && "border-dashed",
    data.dimmed && "opacity-40",
  );
  if (detail !== "full") {
    // Thicker accent and selection ring, so both still show at a fifth of the size and less.
    return (
      <div className={cx(frame, "items-center pl-4 pr-3 before:w-[8px]", selected && "ring-[16px]")}>
        {detail === "name" && (
          <span className="truncate text-[26px] leading-none font-semibold text-neutral-800">
            {asset.assetKey.path[asset.assetKey.path.length - 1]}
          </span>
        )}
      </div>
    );
  }
  return (
    <div
      className={cx(
        frame,
        "flex-col justify-between py-2.5 pl-3.5 pr-3 shadow-xs transition-[box-shadow,border-color,opacity] before:w-[3px]",
        selected ? "ring-[3px]" : "hover:shadow-sm",
      )}
    >
      <div className="flex min-w-0 items-center justify-between gap-2">
        <AssetKeyLabel path={asset.assetKey.path} className="text-[13px] leading-5 text-neutral-900" />
        <span className="flex shrink-0 items-center gap-1">
          {asset.freshnessInfo && asset.freshnessInfo.status !== "FRESH" && (
            <FreshnessBadge info={asset.freshnessInfo} compact />
          )}
          {data.checks && <ChecksSummaryBadge summary={data.checks} compact />}
        </span>
      </div>
      <div className="flex min-w-0 items-center justify-between gap-2">
        {data.partitions ? (
          <PartitionStatsBar stats={data.partitions} className="text-[11px]" />
        ) : data.statusPending ? (
          // Still: a pulse on every drawn node would repaint them all on every frame.
          <span aria-hidden="true" className="h-3 w-24 rounded bg-neutral-200/70" />
        ) : (
          <MaterializationStatus info={asset.assetLatestInfo} runningIn={data.running} />
        )}
        {isUnsynced(asset) ? (
          <StaleBadge asset={asset} className="shrink-0" />
        ) : (
          <KindBadges kinds={asset.kinds} max={2} className="shrink-0 flex-nowrap" />
        )}
      </div>
    </div>
  );
});
