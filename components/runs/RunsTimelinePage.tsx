"use client";
// The runs timeline (/runs/timeline, Dagster's Overview › Timeline): one row per job or per asset, each run a bar from
// its start to its end (or now) coloured by status, over the last hour, 6 hours, 24 hours or 7 days; the range and
// grouping are kept in the URL.
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { PageHeader } from "../shell/PageHeader";
import { chipClass } from "../ui/chip";
import { cx } from "../ui/cx";
import { EmptyState } from "../ui/EmptyState";
import { ErrorState } from "../ui/ErrorState";
import { formatAbsoluteTime } from "../ui/formatTime";
import { AlertIcon, PlayIcon } from "../ui/icons";
import { TableSkeleton } from "../ui/Skeleton";
import { useNow } from "../ui/useNow";
import { durationMs, formatDuration } from "./formatDuration";
import { RunsViewLinks } from "./RunsViewLinks";
import { runPageHref, shortRunId } from "./runLinks";
import { runStatusLabel } from "./runStatus";
import {
  AD_HOC_ROW,
  TIMELINE_RANGES,
  type TimelineGrouping,
  type TimelineWindow,
  timelineBars,
  timelineGrouping,
  timelineRange,
  timelineRows,
  timelineTicks,
  timelineWindow,
} from "./runsTimeline";
import { type TimelineRunItem, useRunsTimeline } from "./useRunsTimeline";

const LANE_PX = 14;
const ROW_PADDING_PX = 8;

/** Bar fill by run status: the same hues as the status badges, strong enough to read as a bar on white. */
const barClass: Record<TimelineRunItem["status"], string> = {
  QUEUED: "bg-neutral-300 ring-neutral-400",
  STARTING: "bg-sky-400 ring-sky-500",
  STARTED: "bg-sky-400 ring-sky-500",
  SUCCESS: "bg-emerald-400 ring-emerald-500",
  FAILURE: "bg-red-400 ring-red-500",
  CANCELING: "bg-amber-300 ring-amber-400",
  CANCELED: "bg-amber-300 ring-amber-400",
};

export function RunsTimelinePage() {
  const [rangeId, grouping, setParam] = useTimelineParams();
  const range = timelineRange(rangeId);
  const timeline = useRunsTimeline(range.query);
  const now = useNow(5_000);
  const frame = timelineWindow(range.hours, now);
  const runs = timeline.data?.runs;
  const rows = useMemo(() => timelineRows(runs ?? [], grouping), [runs, grouping]);

  return (
    <div className="mx-auto flex max-w-[1400px] flex-col px-6 pt-6 pb-8">
      <PageHeader
        title="Runs timeline"
        subtitle="Every run over time, one row per job or asset"
        actions={<RunsViewLinks current="/runs/timeline" />}
      />
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <div role="group" aria-label="Time range" className="flex items-center gap-1.5">
          {TIMELINE_RANGES.map((r) => (
            <button
              key={r.id}
              type="button"
              aria-pressed={r.id === range.id}
              onClick={() => setParam("range", r.id === "24h" ? null : r.id)}
              className={chipClass(r.id === range.id)}
            >
              {r.label}
            </button>
          ))}
        </div>
        <div role="group" aria-label="One row per" className="flex items-center gap-1.5">
          <span className="text-xs text-neutral-600">Rows:</span>
          {(["job", "asset"] as const).map((by) => (
            <button
              key={by}
              type="button"
              aria-pressed={grouping === by}
              onClick={() => setParam("by", by === "job" ? null : by)}
              className={chipClass(grouping === by)}
            >
              {by === "job" ? "Jobs" : "Assets"}
            </button>
          ))}
        </div>
        {timeline.data && (
          <span className="ml-auto text-xs text-neutral-600 tabular-nums" aria-live="polite">
            {timeline.data.runs.length} run{timeline.data.runs.length === 1 ? "" : "s"} in the last {range.label}
          </span>
        )}
      </div>
      {timeline.data?.capped && (
        <p
          role="status"
          className="mt-3 flex items-center gap-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-[13px] text-amber-900"
        >
          <AlertIcon size={14} className="shrink-0" />
          More than {timeline.data.cap.toLocaleString()} runs fall in this window: showing the newest{" "}
          {timeline.data.cap.toLocaleString()}. Choose a shorter range to see them all.
        </p>
      )}

      <div className="mt-4">
        {timeline.isPending ? (
          <TableSkeleton rows={6} label="Loading the runs timeline" />
        ) : timeline.isError ? (
          <ErrorState
            title="Could not load the runs timeline"
            message={errorMessage(timeline.error)}
            onRetry={() => void timeline.refetch()}
          />
        ) : rows.length === 0 ? (
          <div className="rounded-lg border border-dashed border-neutral-300 bg-white">
            <EmptyState icon={<PlayIcon size={22} />} title={`No runs in the last ${range.label}`}>
              Runs launched from the Lineage, Assets or Jobs pages, by schedules, sensors or backfills appear here as
              bars from their start to their end.
            </EmptyState>
          </div>
        ) : (
          <TimelineChart
            rows={rows}
            window={frame}
            tickMs={range.tickMs}
            grouping={grouping}
            dayTicks={range.id === "7d"}
          />
        )}
      </div>
    </div>
  );
}

function TimelineChart({
  rows,
  window,
  tickMs,
  grouping,
  dayTicks,
}: {
  rows: ReturnType<typeof timelineRows<TimelineRunItem>>;
  window: TimelineWindow;
  tickMs: number;
  grouping: TimelineGrouping;
  dayTicks: boolean;
}) {
  const ticks = timelineTicks(window, tickMs, new Date(window.now).getTimezoneOffset());
  const span = window.end - window.start;
  const at = (t: number) => `${((t - window.start) / span) * 100}%`;
  const tickLabel = (t: number) =>
    new Date(t).toLocaleString(
      undefined,
      dayTicks ? { weekday: "short", day: "numeric" } : { hour: "2-digit", minute: "2-digit" },
    );

  const [hovered, setHovered] = useState<HoveredRun | null>(null);
  // The "Now" label takes the place of a tick label that would sit under it.
  const labelled = ticks.filter((t) => Math.abs(t - window.now) > span * 0.05);

  return (
    <div className="overflow-x-auto rounded-lg border border-neutral-200 bg-white">
      <div className="min-w-[860px] text-[12px]">
        <div className="flex h-8 border-b border-neutral-200 bg-neutral-50">
          <div className="flex w-64 shrink-0 items-center border-r border-neutral-200 px-3 text-[11px] font-semibold tracking-wide text-neutral-600 uppercase">
            {grouping === "job" ? "Job" : "Asset"}
          </div>
          <div className="relative flex-1" aria-hidden="true">
            {labelled.map((t) => (
              <span
                key={t}
                className="absolute top-2 -translate-x-1/2 text-[11px] whitespace-nowrap text-neutral-600 tabular-nums"
                style={{ left: at(t) }}
              >
                {tickLabel(t)}
              </span>
            ))}
            <span
              className="absolute top-2 -translate-x-1/2 rounded bg-accent-600 px-1 text-[10.5px] font-semibold text-white"
              style={{ left: at(window.now) }}
            >
              Now
            </span>
          </div>
        </div>
        <ul aria-label={grouping === "job" ? "Runs by job" : "Runs by asset"} className="relative">
          {rows.map((row) => (
            <TimelineRowView
              key={row.key}
              label={row.label}
              runs={row.runs}
              window={window}
              grouping={grouping}
              onHover={setHovered}
            />
          ))}
          {/* Grid lines and the now-line over every row. */}
          <li aria-hidden="true" className="pointer-events-none absolute inset-y-0 right-0 left-64">
            {ticks.map((t) => (
              <span key={t} className="absolute inset-y-0 w-px bg-neutral-100" style={{ left: at(t) }} />
            ))}
            <span className="absolute inset-y-0 w-0.5 bg-accent-500" style={{ left: at(window.now) }} />
          </li>
        </ul>
      </div>
      {hovered && <RunTooltip hovered={hovered} />}
    </div>
  );
}

/** The run under the pointer (or focus) and where its bar is on screen. */
interface HoveredRun {
  run: TimelineRunItem;
  rect: { left: number; right: number; top: number; bottom: number };
}

function TimelineRowView({
  label,
  runs,
  window,
  grouping,
  onHover,
}: {
  label: string;
  runs: TimelineRunItem[];
  window: TimelineWindow;
  grouping: TimelineGrouping;
  onHover: (hovered: HoveredRun | null) => void;
}) {
  const bars = timelineBars(runs, window);
  const lanes = Math.max(1, ...bars.map((b) => b.lane + 1));
  const show = (run: TimelineRunItem, target: Element) => {
    const { left, right, top, bottom } = target.getBoundingClientRect();
    onHover({ run, rect: { left, right, top, bottom } });
  };
  const adHoc = grouping === "job" && label === AD_HOC_ROW;
  return (
    <li className="flex border-b border-neutral-100 last:border-b-0">
      <div
        className={cx(
          "flex w-64 shrink-0 items-center gap-2 border-r border-neutral-200 px-3 py-1.5",
          adHoc ? "text-neutral-600 italic" : "font-mono text-[12px] text-neutral-800",
        )}
      >
        <span className="truncate" title={label}>
          {label}
        </span>
        <span className="ml-auto shrink-0 text-[11px] text-neutral-600 not-italic tabular-nums">{runs.length}</span>
      </div>
      <ul
        aria-label={`Runs of ${label}`}
        className="relative flex-1"
        style={{ height: lanes * LANE_PX + ROW_PADDING_PX * 2 }}
      >
        {bars.map((bar) => (
          <li key={bar.run.runId}>
            <Link
              href={runPageHref(bar.run.runId)}
              aria-label={`Run ${shortRunId(bar.run.runId)}: ${runStatusLabel[bar.run.status]}, ${describeTimes(bar.run)}`}
              onMouseEnter={(e) => show(bar.run, e.currentTarget)}
              onMouseLeave={() => onHover(null)}
              onFocus={(e) => show(bar.run, e.currentTarget)}
              onBlur={() => onHover(null)}
              className={cx(
                "absolute z-[1] h-2.5 min-w-[3px] rounded-sm ring-1 ring-inset hover:brightness-90 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent-600",
                barClass[bar.run.status],
              )}
              style={{
                left: `${bar.left}%`,
                width: `${bar.width}%`,
                top: ROW_PADDING_PX + bar.lane * LANE_PX,
              }}
            />
          </li>
        ))}
      </ul>
    </li>
  );
}

function describeTimes(run: TimelineRunItem): string {
  const start = run.startTime ?? run.creationTime;
  const took = run.endTime ? durationMs(start, run.endTime, Date.now()) : null;
  return `started ${formatAbsoluteTime(start)}, ${took === null ? "still running" : `took ${formatDuration(took)}`}`;
}

const TOOLTIP_WIDTH = 288;

/** A card under the bar, fixed to the viewport so the chart's scrolling box does not clip it. */
function RunTooltip({ hovered }: { hovered: HoveredRun }) {
  const { run, rect } = hovered;
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - TOOLTIP_WIDTH - 8));
  // Above the bar when there is no room below it.
  const below = rect.bottom + 120 < window.innerHeight;
  return (
    <div
      aria-hidden="true"
      className="pointer-events-none fixed z-30 rounded-md border border-neutral-200 bg-white px-3 py-2 text-[12px] text-neutral-700 shadow-lg"
      style={{
        width: TOOLTIP_WIDTH,
        left,
        ...(below ? { top: rect.bottom + 6 } : { bottom: window.innerHeight - rect.top + 6 }),
      }}
    >
      <div className="flex items-center justify-between gap-2">
        <span className="font-mono font-medium text-neutral-900">{shortRunId(run.runId)}</span>
        <span className="font-medium">{runStatusLabel[run.status]}</span>
      </div>
      {run.jobName && <div className="mt-0.5 font-mono text-[11px]">job {run.jobName}</div>}
      <div className="mt-0.5 truncate font-mono text-[11px]">{run.assetKeys.join(", ")}</div>
      <div className="mt-1 text-[11px] text-neutral-600">{describeTimes(run)}</div>
    </div>
  );
}

/** The timeline's range and grouping, from the URL; a change pushes a history entry, so Back undoes it. */
function useTimelineParams(): [string | null, TimelineGrouping, (name: "range" | "by", value: string | null) => void] {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const set = useCallback(
    (name: "range" | "by", value: string | null) => {
      const params = new URLSearchParams(window.location.search);
      if (value === null) params.delete(name);
      else params.set(name, value);
      const query = params.toString();
      window.history.pushState(null, "", query ? `${pathname}?${query}` : pathname);
    },
    [pathname],
  );
  return [searchParams.get("range"), timelineGrouping(searchParams.get("by")), set];
}
