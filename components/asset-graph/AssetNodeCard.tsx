"use client";
// One asset in the graph, everything at a glance: key (last segment bold) and kinds; its latest materialization with
// how long ago (the exact time on hover), or for a partitioned asset how many partitions are materialized; and a row
// of small badges side by side, none hiding another: queued or running in a Strata run, freshness, its checks' latest
// results as counts, and "Unsynced" when its code or upstream data changed since it last materialized. A running
// asset has a blue, pulsing border; an asset with a failing ERROR check a red one; the asset the page was opened on
// (`?focus=`) an amber ring. Zoomed out, only the accent, the border and the name, set large enough to read; zoomed
// far out, not even the name (see zoomLevel). While statuses load, a placeholder where the status goes. Edges are
// drawn by AssetEdges, so the card has no handles.
import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { AssetKeyLabel } from "../assets/AssetKeyLabel";
import { KindBadges } from "../assets/KindBadges";
import type { AssetLatestInfo } from "../assets/MaterializationStatus";
import { statusDotClass, statusLabel, statusTextClass, statusTimestamp } from "../assets/materializationStatus";
import type { ChecksSummary } from "../checks/checkStatus";
import { FreshnessBadge } from "../freshness/FreshnessBadge";
import { PartitionStatsBar } from "../partitions/PartitionStatsBar";
import { StaleBadge } from "../staleness/StaleBadge";
import { isUnsynced } from "../staleness/staleFields";
import { Badge } from "../ui/Badge";
import { cx } from "../ui/cx";
import { AlertIcon, CheckCircleIcon } from "../ui/icons";
import { RelativeTime } from "../ui/RelativeTime";
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
  const running = data.running !== null || data.runState?.state === "RUNNING";
  const queued = !running && data.runState?.state === "QUEUED";
  const failingCheck = data.checks?.worst === "FAILED";
  const frame = cx(
    "relative flex h-full w-full cursor-pointer rounded-md border bg-white",
    "before:absolute before:inset-y-0 before:left-0 before:rounded-l-[5px]",
    running
      ? "before:bg-sky-500"
      : failingCheck
        ? "before:bg-red-500"
        : data.statusPending && !asset.isSource
          ? "before:bg-neutral-200"
          : stateAccent[asset.assetLatestInfo.state],
    selected
      ? "border-accent-500 shadow-md ring-accent-200"
      : running
        ? "border-sky-500"
        : failingCheck
          ? "border-red-300 hover:border-red-400"
          : "border-neutral-300 hover:border-neutral-400",
    asset.isSource && !selected && !running && "border-dashed",
    data.focused && "outline-4 outline-offset-4 outline-amber-400",
    data.dimmed && "opacity-40",
  );
  const liveState = running ? "running" : queued ? "queued" : undefined;
  if (detail !== "full") {
    // Thicker accent and selection ring, so both still show at a fifth of the size and less.
    return (
      <div
        data-run-state={liveState}
        className={cx(
          frame,
          "items-center pl-4 pr-3 before:w-[8px]",
          selected && "ring-[16px]",
          running && !selected && "border-[6px]",
          data.focused && "outline-[16px] outline-offset-[12px]",
        )}
      >
        {detail === "name" && (
          <span className="truncate text-[26px] leading-none font-semibold text-neutral-800">
            {asset.assetKey.path[asset.assetKey.path.length - 1]}
          </span>
        )}
      </div>
    );
  }
  const unsynced = !data.statusPending && isUnsynced(asset);
  return (
    <div
      data-run-state={liveState}
      data-focused={data.focused || undefined}
      className={cx(
        frame,
        "flex-col justify-between py-2 pl-3.5 pr-3 shadow-xs transition-[box-shadow,border-color,opacity] before:w-[3px]",
        selected ? "ring-[3px]" : running ? "ring-2 ring-sky-200" : "hover:shadow-sm",
      )}
    >
      {running && (
        // The pulse is a ring of its own, so the card's text stays still and readable.
        <span
          aria-hidden="true"
          className="pointer-events-none absolute -inset-[3px] animate-pulse rounded-[8px] border-2 border-sky-400"
        />
      )}
      <div className="flex min-w-0 items-center justify-between gap-2">
        <AssetKeyLabel path={asset.assetKey.path} className="text-[13px] leading-5 text-neutral-900" />
        <KindBadges kinds={asset.kinds} max={1} className="shrink-0 flex-nowrap" />
      </div>
      <div className="flex min-w-0 items-center gap-2">
        {data.partitions ? (
          <>
            <PartitionStatsBar stats={data.partitions} className="min-w-0 text-[11px]" />
            {asset.assetLatestInfo.lastMaterializationTimestamp && (
              <RelativeTime
                timestamp={asset.assetLatestInfo.lastMaterializationTimestamp}
                className="ml-auto shrink-0 text-[11px] text-neutral-600"
              />
            )}
          </>
        ) : data.statusPending ? (
          // Still: a pulse on every drawn node would repaint them all on every frame.
          <span aria-hidden="true" className="h-3 w-24 rounded bg-neutral-200/70" />
        ) : (
          <NodeMaterializationStatus info={asset.assetLatestInfo} runningIn={data.running} />
        )}
      </div>
      <div data-testid="asset-node-badges" className="flex h-[18px] min-w-0 items-center gap-1 overflow-hidden">
        {running ? (
          <Badge
            tone="blue"
            className="shrink-0"
            title={data.runState ? `Running in run ${data.runState.runId}` : undefined}
          >
            <span aria-hidden="true" className="size-1.5 animate-pulse rounded-full bg-sky-500" />
            Running
          </Badge>
        ) : queued ? (
          <Badge tone="neutral" className="shrink-0" title={`Queued in run ${data.runState?.runId}`}>
            <span aria-hidden="true" className="size-1.5 rounded-full bg-neutral-500" />
            Queued
          </Badge>
        ) : null}
        {asset.freshnessInfo && <FreshnessBadge info={asset.freshnessInfo} compact className="shrink-0" />}
        {data.checks && <CheckCountsBadge summary={data.checks} />}
        {unsynced && <StaleBadge asset={asset} className="shrink-0" />}
      </div>
    </div>
  );
});

/** The asset's checks as counts side by side: passed, failed, warned (only those that occur). */
function CheckCountsBadge({ summary }: { summary: ChecksSummary }) {
  const checks = (n: number) => `${n} check${n === 1 ? "" : "s"}`;
  // Worst first, in the words the asset page uses ("1 check failed").
  const parts = [
    summary.failed > 0 && `${checks(summary.failed)} failed`,
    summary.warnings > 0 && `${checks(summary.warnings)} warned`,
    summary.passed > 0 && `${checks(summary.passed)} passed`,
  ].filter((p): p is string => typeof p === "string");
  const text = parts.length > 0 ? parts.join(", ") : `${checks(summary.total)} not run`;
  return (
    <Badge tone={summary.worst === "FAILED" ? "red" : "neutral"} className="shrink-0" title={`Checks: ${text}`}>
      <span aria-hidden="true" className="inline-flex items-center gap-1.5">
        {summary.passed > 0 && (
          <span className="inline-flex items-center gap-0.5 text-emerald-700">
            <CheckCircleIcon size={11} />
            {summary.passed}
          </span>
        )}
        {summary.failed > 0 && (
          <span className="inline-flex items-center gap-0.5 text-red-700">
            <AlertIcon size={11} />
            {summary.failed}
          </span>
        )}
        {summary.warnings > 0 && (
          <span className="inline-flex items-center gap-0.5 text-amber-800">
            <AlertIcon size={11} />
            {summary.warnings}
          </span>
        )}
        {parts.length === 0 && `${summary.total} not run`}
      </span>
      <span className="sr-only">{text}</span>
    </Badge>
  );
}

/**
 * The latest materialization as a dot and a phrase with how long ago ("Materialized 3h ago", the exact time on
 * hover). Not a link, as the asset page's is: a click anywhere on the card selects the asset; its run is a click away
 * in the side panel.
 */
function NodeMaterializationStatus({ info, runningIn }: { info: AssetLatestInfo; runningIn: string | null }) {
  if (runningIn)
    return (
      <span className="inline-flex min-w-0 items-center gap-1.5 text-xs" title={`Running in ${runningIn}`}>
        <span aria-hidden="true" className="size-2 shrink-0 animate-pulse rounded-full bg-sky-500" />
        <span className="truncate text-sky-700">Running in {runningIn}</span>
      </span>
    );
  const timestamp = statusTimestamp(info);
  return (
    <span className="inline-flex min-w-0 items-center gap-1.5 text-xs">
      <span aria-hidden="true" className={cx("size-2 shrink-0 rounded-full", statusDotClass[info.state])} />
      <span className={cx("truncate", statusTextClass[info.state])}>
        {statusLabel[info.state]}
        {timestamp && (
          <>
            {" "}
            <RelativeTime timestamp={timestamp} />
          </>
        )}
      </span>
    </span>
  );
}
