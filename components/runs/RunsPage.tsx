"use client";
// The runs list (/runs): newest first, filtered by status, asset key, tags and job (kept in the URL), each backfill
// folded into one row unless its runs are asked for, paged by cursor, live while runs move.
import { useMemo } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import type { RunStatus } from "../../graphql/client/generated/graphql";
import { PageHeader } from "../shell/PageHeader";
import { Button } from "../ui/Button";
import { chipClass } from "../ui/chip";
import { cx } from "../ui/cx";
import { EmptyState } from "../ui/EmptyState";
import { ErrorState } from "../ui/ErrorState";
import { FilterInput } from "../ui/FilterInput";
import { AlertIcon, PlayIcon, SearchIcon } from "../ui/icons";
import { LoadMoreFooter } from "../ui/LoadMoreFooter";
import { TableSkeleton } from "../ui/Skeleton";
import { RunsTable } from "./RunsTable";
import { RunsViewLinks } from "./RunsViewLinks";
import { RUN_STATUSES, runStatusDot, runStatusLabel } from "./runStatus";
import { parseTagFilter } from "./runsFilter";
import type { RunListItem, RunTag } from "./useRuns";
import { useRuns } from "./useRuns";
import { useRunsFilterState } from "./useRunsFilterState";

export function RunsPage() {
  const { state, setText, setToggles, clear, filter } = useRunsFilterState();
  const { statuses } = state;
  const invalidTags = parseTagFilter(state.tagText).invalid;
  const filtered =
    statuses.size > 0 || state.assetKey.trim() !== "" || state.tagText.trim() !== "" || state.jobName.trim() !== "";

  const runs = useRuns(filter);
  const pages = runs.data?.pages;
  const filterError = pages?.find((p) => p.__typename === "InvalidRunsFilterError");
  const rows = useMemo<RunListItem[]>(
    () => (pages ?? []).flatMap((p) => (p.__typename === "Runs" ? p.results : [])),
    [pages],
  );
  const backfills = useMemo(() => (pages ?? []).flatMap((p) => (p.__typename === "Runs" ? p.backfills : [])), [pages]);

  const toggleStatus = (status: RunStatus) => {
    const next = new Set(statuses);
    if (next.has(status)) next.delete(status);
    else next.add(status);
    setToggles({ statuses: next });
  };
  const addTag = (tag: RunTag) => {
    const text = `${tag.key}=${tag.value}`;
    const current = state.tagText;
    if (current.split(/[\s,]+/).includes(text)) return;
    setText({ tagText: current.trim() ? `${current.trim()}, ${text}` : text });
  };

  return (
    <div className="mx-auto flex max-w-[1400px] flex-col px-6 pt-6 pb-8">
      <PageHeader
        title="Runs"
        subtitle="Every materialization run, newest first"
        actions={<RunsViewLinks current="/runs" />}
      />

      <div className="mt-4 flex flex-wrap items-center gap-3">
        <FilterInput
          label="Filter by asset key"
          placeholder="Asset key, e.g. analytics/fact_events"
          value={state.assetKey}
          onChange={(assetKey) => setText({ assetKey })}
        />
        <FilterInput
          label="Filter by tag"
          placeholder="Tags: key=value, …"
          value={state.tagText}
          onChange={(tagText) => setText({ tagText })}
          invalid={invalidTags.length > 0}
        />
        <FilterInput
          label="Filter by job"
          placeholder="Job name"
          value={state.jobName}
          onChange={(jobName) => setText({ jobName })}
        />
        <label className="inline-flex items-center gap-2 text-[13px] text-neutral-700">
          <input
            type="checkbox"
            checked={state.showBackfillRuns}
            onChange={(e) => setToggles({ showBackfillRuns: e.target.checked })}
            className="size-4 accent-accent-600"
          />
          Show backfill runs
        </label>
        {filtered && (
          <Button variant="ghost" onClick={clear}>
            Clear filters
          </Button>
        )}
      </div>
      {invalidTags.length > 0 && (
        <p className="mt-1.5 text-xs text-amber-700">
          Ignoring {invalidTags.map((t) => `“${t}”`).join(", ")}: write tags as{" "}
          <code className="font-mono">key=value</code>.
        </p>
      )}
      <div role="group" aria-label="Filter by status" className="mt-3 flex flex-wrap items-center gap-1.5">
        <button
          type="button"
          aria-pressed={statuses.size === 0}
          onClick={() => setToggles({ statuses: new Set() })}
          className={chipClass(statuses.size === 0)}
        >
          All statuses
        </button>
        {RUN_STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            aria-pressed={statuses.has(status)}
            onClick={() => toggleStatus(status)}
            className={chipClass(statuses.has(status))}
          >
            <span aria-hidden="true" className={cx("size-1.5 rounded-full", runStatusDot[status])} />
            {runStatusLabel[status]}
          </button>
        ))}
      </div>

      <div className="mt-4">
        {runs.isPending ? (
          <TableSkeleton rows={8} label="Loading runs" />
        ) : runs.isError ? (
          <ErrorState
            title="Could not load runs"
            message={errorMessage(runs.error)}
            onRetry={() => void runs.refetch()}
          />
        ) : filterError?.__typename === "InvalidRunsFilterError" ? (
          <div
            role="alert"
            className="flex items-start gap-2 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-[13px] text-amber-900"
          >
            <AlertIcon size={16} className="mt-0.5 shrink-0" />
            <span>
              <strong className="font-semibold">Invalid filter.</strong> {filterError.message}
            </span>
          </div>
        ) : rows.length === 0 && backfills.length === 0 ? (
          <div className="rounded-lg border border-dashed border-neutral-300 bg-white">
            {filtered ? (
              <EmptyState icon={<SearchIcon size={22} />} title="No runs match these filters">
                Try another status, asset key, tag or job.
              </EmptyState>
            ) : (
              <EmptyState icon={<PlayIcon size={22} />} title="No runs yet">
                Launch one with <strong className="font-medium text-neutral-700">Materialize</strong> on the Lineage or
                Assets page; it appears here as it moves from queued to success or failure.
              </EmptyState>
            )}
          </div>
        ) : (
          <>
            <RunsTable runs={rows} backfills={backfills} onSelectTag={addTag} />
            <LoadMoreFooter count={rows.length} noun="run" pages={runs} />
          </>
        )}
      </div>
    </div>
  );
}
