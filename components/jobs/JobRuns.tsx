"use client";
// A job's runs, newest first, with "Load more"; the same table as the runs list.
import { useMemo } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { RunsTable } from "../runs/RunsTable";
import type { RunListItem, RunsFilter } from "../runs/useRuns";
import { useRuns } from "../runs/useRuns";
import { ErrorState } from "../ui/ErrorState";
import { LoadMoreFooter } from "../ui/LoadMoreFooter";
import { TableSkeleton } from "../ui/Skeleton";

export function JobRuns({ jobName }: { jobName: string }) {
  const filter = useMemo<RunsFilter>(() => ({ jobName }), [jobName]);
  const runs = useRuns(filter);
  const pages = runs.data?.pages;
  const rows = useMemo<RunListItem[]>(
    () => (pages ?? []).flatMap((p) => (p.__typename === "Runs" ? p.results : [])),
    [pages],
  );
  const filterError = pages?.find((p) => p.__typename === "InvalidRunsFilterError");

  if (runs.isPending) return <TableSkeleton rows={3} label="Loading runs" />;
  if (runs.isError)
    return (
      <ErrorState
        title="Could not load this job's runs"
        message={errorMessage(runs.error)}
        onRetry={() => void runs.refetch()}
      />
    );
  if (filterError?.__typename === "InvalidRunsFilterError")
    return <ErrorState title="Could not load this job's runs" message={filterError.message} />;
  if (rows.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-neutral-300 bg-white px-4 py-8 text-center text-[13px] text-neutral-500">
        No runs of this job yet. Open the launchpad to launch one; it appears here as it moves from queued to success or
        failure.
      </div>
    );
  }
  return (
    <>
      <RunsTable runs={rows} />
      <LoadMoreFooter count={rows.length} noun="run" pages={runs} />
    </>
  );
}
