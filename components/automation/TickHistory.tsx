"use client";
// A schedule's or sensor's ticks, newest first: when each was, how it went, the runs it launched (with their status),
// why it skipped or failed, and for sensors the cursor it left. Live while the schedule or sensor runs.
import Link from "next/link";
import { type ReactNode, useMemo } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { RunStatusBadge } from "../runs/RunStatusBadge";
import { runPageHref, shortRunId } from "../runs/runLinks";
import { ErrorState } from "../ui/ErrorState";
import { LoadMoreFooter } from "../ui/LoadMoreFooter";
import { RelativeTime } from "../ui/RelativeTime";
import { TableSkeleton } from "../ui/Skeleton";
import { tableHeadClass } from "../ui/table";
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

  if (ticks.isPending) return <TableSkeleton rows={3} label="Loading ticks" />;
  if (ticks.isError)
    return (
      <ErrorState
        title={`Could not load this ${noun}'s ticks`}
        message={errorMessage(ticks.error)}
        onRetry={() => void ticks.refetch()}
      />
    );
  if (rows.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-neutral-300 bg-white px-4 py-8 text-center text-[13px] text-neutral-500">
        {empty}
      </div>
    );
  }
  return (
    <>
      <div className="overflow-x-auto rounded-lg border border-neutral-200 bg-white shadow-xs">
        <table aria-label="Ticks" className="w-full min-w-[900px] text-left text-[13px]">
          <thead className={tableHeadClass}>
            <tr>
              <th scope="col" className="w-64 px-4 py-2">
                Tick
              </th>
              <th scope="col" className="w-28 px-3 py-2">
                Status
              </th>
              <th scope="col" className="w-72 px-3 py-2">
                Runs
              </th>
              <th scope="col" className="px-4 py-2">
                Reason or error
              </th>
              {showCursor && (
                <th scope="col" className="w-44 px-4 py-2">
                  Cursor after
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((tick) => (
              <TickRow key={tick.id} tick={tick} formatTime={formatTime} showCursor={showCursor} />
            ))}
          </tbody>
        </table>
      </div>
      <LoadMoreFooter count={rows.length} noun="tick" pages={ticks} />
    </>
  );
}

function TickRow({
  tick,
  formatTime,
  showCursor,
}: {
  tick: Tick;
  formatTime: (iso: string) => string;
  showCursor?: boolean;
}) {
  const late = Date.parse(tick.evaluatedAt) - Date.parse(tick.tickTime) > 60_000;
  const missing = tick.runIds.filter((id) => !tick.runs.some((run) => run.runId === id));
  return (
    <tr className="border-b border-neutral-100 align-top last:border-b-0 hover:bg-neutral-50">
      <td className="px-4 py-2.5">
        <time dateTime={tick.tickTime} className="text-neutral-900">
          {formatTime(tick.tickTime)}
        </time>
        <div className="mt-0.5 text-xs text-neutral-500">
          <RelativeTime timestamp={tick.tickTime} />
          {late && (
            <>
              {" · evaluated "}
              <RelativeTime timestamp={tick.evaluatedAt} />
            </>
          )}
        </div>
      </td>
      <td className="px-3 py-2.5">
        <TickStatusBadge status={tick.status} />
      </td>
      <td className="px-3 py-2.5">
        {tick.runs.length === 0 && missing.length === 0 ? (
          <span className="text-neutral-400">None</span>
        ) : (
          <ul aria-label="Runs" className="flex flex-col gap-1">
            {tick.runs.map((run) => (
              <li key={run.runId} className="flex items-center gap-2">
                <Link
                  href={runPageHref(run.runId)}
                  title={run.runId}
                  className="font-mono text-xs font-medium text-accent-700 hover:underline"
                >
                  {shortRunId(run.runId)}
                </Link>
                <RunStatusBadge status={run.status} />
                {run.partitionKey && (
                  <span className="truncate font-mono text-[11px] text-neutral-500">{run.partitionKey}</span>
                )}
              </li>
            ))}
            {missing.map((runId) => (
              <li key={runId} className="font-mono text-xs text-neutral-400" title="This run was deleted">
                {shortRunId(runId)}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className="px-4 py-2.5">
        {tick.error ? (
          <pre className="font-mono text-xs leading-5 break-words whitespace-pre-wrap text-red-700">{tick.error}</pre>
        ) : tick.skipReason ? (
          <span className="text-neutral-700">{tick.skipReason}</span>
        ) : (
          <span className="text-neutral-400">—</span>
        )}
      </td>
      {showCursor && (
        <td className="max-w-44 px-4 py-2.5">
          {tick.cursor === null ? (
            <span className="text-neutral-400">None</span>
          ) : (
            <code className="block truncate font-mono text-xs text-neutral-700" title={tick.cursor}>
              {tick.cursor}
            </code>
          )}
        </td>
      )}
    </tr>
  );
}
