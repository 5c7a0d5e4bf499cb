"use client";
// One backfill (/backfills/<id>): header with status, progress and actions; each asset's partitions; the runs it launched.
import Link from "next/link";
import { EmptyState } from "../ui/EmptyState";
import { SearchIcon } from "../ui/icons";
import { QueryState } from "../ui/QueryState";
import { Skeleton, TableSkeleton } from "../ui/Skeleton";
import { BackfillAssetStatusTable } from "./BackfillAssetStatusTable";
import { BackfillHeader } from "./BackfillHeader";
import { BackfillRunsList } from "./BackfillRunsList";
import { type BackfillDetail, useBackfill } from "./useBackfills";

const RUNS_SHOWN = 200;

export function BackfillPage({ backfillId }: { backfillId: string }) {
  const query = useBackfill(backfillId, RUNS_SHOWN);

  return (
    <QueryState
      query={query}
      page
      skeleton={<BackfillSkeleton />}
      errorTitle="Could not load this backfill"
      notFound={() => <BackfillNotFound backfillId={backfillId} />}
    >
      {(backfill) => <BackfillView backfill={backfill} />}
    </QueryState>
  );
}

function BackfillView({ backfill }: { backfill: BackfillDetail }) {
  return (
    <div className="min-h-full bg-neutral-50">
      <BackfillHeader backfill={backfill} />
      <div className="flex flex-col gap-6 px-6 py-5">
        <section aria-labelledby="backfill-assets">
          <h2 id="backfill-assets" className="mb-2 text-[13px] font-semibold text-neutral-800">
            Assets <span className="font-normal text-neutral-500">({backfill.assetStatuses.length})</span>
          </h2>
          <BackfillAssetStatusTable statuses={backfill.assetStatuses} />
        </section>
        <section aria-labelledby="backfill-runs">
          <h2 id="backfill-runs" className="mb-2 text-[13px] font-semibold text-neutral-800">
            Runs{" "}
            <span className="font-normal text-neutral-500">
              ({backfill.numSubmitted.toLocaleString()} of {backfill.numRuns.toLocaleString()} submitted
              {backfill.runs.length < backfill.numSubmitted && `, latest ${backfill.runs.length} shown`})
            </span>
          </h2>
          {backfill.runs.length === 0 ? (
            <div className="rounded-lg border border-dashed border-neutral-300 bg-white px-4 py-8 text-center text-[13px] text-neutral-500">
              {backfill.status === "REQUESTED"
                ? "The daemon submits runs in order as their upstream partitions succeed; they appear here as it does."
                : "This backfill launched no runs."}
            </div>
          ) : (
            <BackfillRunsList runs={backfill.runs} />
          )}
        </section>
      </div>
    </div>
  );
}

function BackfillNotFound({ backfillId }: { backfillId: string }) {
  return (
    <div className="px-6 py-16">
      <div className="mx-auto max-w-lg rounded-lg border border-neutral-200 bg-white shadow-xs">
        <EmptyState icon={<SearchIcon size={22} />} title="Backfill not found">
          <p>
            No backfill with id{" "}
            <code className="rounded bg-neutral-100 px-1 py-0.5 font-mono text-[12px] text-neutral-800">
              {backfillId}
            </code>{" "}
            exists.
          </p>
          <Link
            href="/backfills"
            className="mt-5 inline-flex h-8 items-center rounded-md bg-accent-600 px-3 text-[13px] font-medium text-white shadow-sm hover:bg-accent-700"
          >
            Back to backfills
          </Link>
        </EmptyState>
      </div>
    </div>
  );
}

function BackfillSkeleton() {
  return (
    <div role="status" aria-label="Loading backfill" className="min-h-full bg-neutral-50">
      <div className="border-b border-neutral-200 bg-white px-6 py-5">
        <Skeleton className="h-3 w-32" />
        <Skeleton className="mt-3 h-6 w-80" />
        <Skeleton className="mt-5 h-4 w-2/3" />
        <Skeleton className="mt-5 h-12 w-full" />
      </div>
      <div className="px-6 py-5">
        <TableSkeleton rows={3} label="Loading assets" />
      </div>
    </div>
  );
}
