"use client";
// The OpenLineage export at a glance: events sent, waiting and given up, and the latest one given up with its error.
// Only shown once the daemon has queued something, that is when strata.config.ts names a transport.
import Link from "next/link";
import { runPageHref, shortRunId } from "../runs/runLinks";
import { Badge } from "../ui/Badge";
import { RelativeTime } from "../ui/RelativeTime";
import { useLineageExport } from "./useLineageExport";

export function LineageExportSection() {
  const status = useLineageExport();
  const data = status.data;
  if (!data || data.pending + data.sent + data.failed === 0) return null;
  const failure = data.lastFailure;
  return (
    <section aria-label="OpenLineage export" className="mt-8">
      <h2 className="mb-3 text-[15px] font-semibold text-neutral-900">OpenLineage export</h2>
      <article className="rounded-lg border border-neutral-200 bg-white">
        <header className="flex flex-wrap items-center gap-2 border-b border-neutral-100 px-4 py-2.5 text-[13px]">
          <Badge tone={data.sent > 0 ? "green" : "neutral"}>{data.sent.toLocaleString()} sent</Badge>
          <Badge tone={data.pending > 0 ? "amber" : "neutral"}>{data.pending.toLocaleString()} waiting</Badge>
          <Badge tone={data.failed > 0 ? "red" : "neutral"}>{data.failed.toLocaleString()} given up</Badge>
          <span className="ml-auto text-xs text-neutral-500">
            sent by the daemon, retried with backoff; kept 7 days
          </span>
        </header>
        <div className="px-4 py-2.5 text-[13px]">
          {failure ? (
            <p className="text-neutral-700">
              <span className="font-medium text-red-700">Last given up:</span> {failure.eventType} of{" "}
              <span className="font-mono text-xs">{failure.stepKey}</span> in run{" "}
              <Link href={runPageHref(failure.runId)} className="font-mono text-xs text-accent-700 hover:underline">
                {shortRunId(failure.runId)}
              </Link>
              , <RelativeTime timestamp={failure.at} />: <span className="text-red-700">{failure.error}</span>
            </p>
          ) : (
            <p className="text-neutral-600">No event has been given up.</p>
          )}
        </div>
      </article>
    </section>
  );
}
