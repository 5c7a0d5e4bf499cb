"use client";
// A schedule's or sensor's ticks, newest first: when each was, how it went, the runs it launched (with their status),
// why it skipped or failed, and for sensors the cursor it left. Live while the schedule or sensor runs.
import { type ReactNode, useMemo } from "react";
import { RunIdLink } from "../runs/RunIdLink";
import { RunStatusBadge } from "../runs/RunStatusBadge";
import { shortRunId } from "../runs/runLinks";
import { type Column, DataTable } from "../ui/DataTable";
import { LoadMoreFooter } from "../ui/LoadMoreFooter";
import { QueryState } from "../ui/QueryState";
import { RelativeTime } from "../ui/RelativeTime";
import { TableSkeleton } from "../ui/Skeleton";
import { TickStatusBadge } from "./TickStatusBadge";
import type { Tick, TickPages } from "./useInstigatorQueries";

export interface TickHistoryProps {
  ticks: TickPages;
  /** A tick's time in words: a schedule's in its own time zone, a sensor's to the second. */
  formatTime: (iso: string) => string;
  /** Said when there are no ticks yet. */
  empty: ReactNode;
  /** "schedule" or "sensor", for the error message. */
  noun: string;
  /** Sensors: show the cursor each evaluation left. */
  showCursor?: boolean;
}

export function TickHistory({ ticks, formatTime, empty, noun, showCursor }: TickHistoryProps) {
  const pages = ticks.data?.pages;
  const rows = useMemo<Tick[]>(() => (pages ?? []).flat(), [pages]);
  const columns = useMemo(() => tickColumns(formatTime), [formatTime]);

  return (
    <QueryState
      query={ticks}
      skeleton={<TableSkeleton rows={3} label="Loading ticks" />}
      errorTitle={`Could not load this ${noun}'s ticks`}
    >
      {() =>
        rows.length === 0 ? (
          <div className="rounded-lg border border-dashed border-neutral-300 bg-white px-4 py-8 text-center text-[13px] text-neutral-500">
            {empty}
          </div>
        ) : (
          <>
            <DataTable
              label="Ticks"
              minWidth="min-w-[900px]"
              columns={showCursor ? [...columns, cursorColumn] : columns}
              rows={rows}
              rowKey={(tick) => tick.id}
              valign="top"
            />
            <LoadMoreFooter count={rows.length} noun="tick" pages={ticks} />
          </>
        )
      }
    </QueryState>
  );
}

/** Ticks the daemon evaluated more than a minute late say when they were evaluated too. */
function isLate(tick: Tick): boolean {
  return Date.parse(tick.evaluatedAt) - Date.parse(tick.tickTime) > 60_000;
}

function tickColumns(formatTime: (iso: string) => string): Column<Tick>[] {
  return [
    {
      header: "Tick",
      width: "w-64",
      cell: (tick) => (
        <>
          <time dateTime={tick.tickTime} className="text-neutral-900">
            {formatTime(tick.tickTime)}
          </time>
          <div className="mt-0.5 text-xs text-neutral-500">
            <RelativeTime timestamp={tick.tickTime} />
            {isLate(tick) && (
              <>
                {" · evaluated "}
                <RelativeTime timestamp={tick.evaluatedAt} />
              </>
            )}
          </div>
        </>
      ),
    },
    { header: "Status", width: "w-28", cell: (tick) => <TickStatusBadge status={tick.status} /> },
    { header: "Runs", width: "w-72", cell: (tick) => <TickRuns tick={tick} /> },
    {
      header: "Reason or error",
      gutter: "wide",
      cell: (tick) =>
        tick.error ? (
          <pre className="font-mono text-xs leading-5 break-words whitespace-pre-wrap text-red-700">{tick.error}</pre>
        ) : tick.skipReason ? (
          <span className="text-neutral-700">{tick.skipReason}</span>
        ) : (
          <span className="text-neutral-500">—</span>
        ),
    },
  ];
}

const cursorColumn: Column<Tick> = {
  header: "Cursor after",
  width: "w-44",
  cellClassName: "max-w-44",
  cell: (tick) =>
    tick.cursor === null ? (
      <span className="text-neutral-500">None</span>
    ) : (
      <code className="block truncate font-mono text-xs text-neutral-700" title={tick.cursor}>
        {tick.cursor}
      </code>
    ),
};

function TickRuns({ tick }: { tick: Tick }) {
  const missing = tick.runIds.filter((id) => !tick.runs.some((run) => run.runId === id));
  if (tick.runs.length === 0 && missing.length === 0) return <span className="text-neutral-500">None</span>;
  return (
    <ul aria-label="Runs" className="flex flex-col gap-1">
      {tick.runs.map((run) => (
        <li key={run.runId} className="flex items-center gap-2">
          <RunIdLink runId={run.runId} />
          <RunStatusBadge status={run.status} />
          {run.partitionKey && (
            <span className="truncate font-mono text-[11px] text-neutral-500">{run.partitionKey}</span>
          )}
        </li>
      ))}
      {missing.map((runId) => (
        <li key={runId} className="font-mono text-xs text-neutral-500" title="This run was deleted">
          {shortRunId(runId)}
        </li>
      ))}
    </ul>
  );
}
