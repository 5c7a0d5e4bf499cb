"use client";
// The runs list (/runs): newest first, filtered by status, asset key and tags, paged by cursor, live while runs move.
import { useMemo, useState } from "react";
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
import { RUN_STATUSES, runStatusDot, runStatusLabel } from "./runStatus";
import { parseTagFilter, toRunsFilter } from "./runsFilter";
import { useDebouncedValue } from "./useDebouncedValue";
import type { RunListItem, RunTag } from "./useRuns";
import { useRuns } from "./useRuns";

export function RunsPage() {
  const [statuses, setStatuses] = useState<ReadonlySet<RunStatus>>(new Set());
  const [assetKey, setAssetKey] = useState("");
  const [tagText, setTagText] = useState("");
  const debouncedAssetKey = useDebouncedValue(assetKey);
  const debouncedTagText = useDebouncedValue(tagText);
  const filter = useMemo(
    () => toRunsFilter({ statuses, assetKey: debouncedAssetKey, tagText: debouncedTagText }),
    [statuses, debouncedAssetKey, debouncedTagText],
  );
  const invalidTags = parseTagFilter(tagText).invalid;
  const filtered = statuses.size > 0 || assetKey.trim() !== "" || tagText.trim() !== "";

  const runs = useRuns(filter);
  const pages = runs.data?.pages;
  const filterError = pages?.find((p) => p.__typename === "InvalidRunsFilterError");
  const rows = useMemo<RunListItem[]>(
    () => (pages ?? []).flatMap((p) => (p.__typename === "Runs" ? p.results : [])),
    [pages],
  );

  const toggleStatus = (status: RunStatus) =>
    setStatuses((current) => {
      const next = new Set(current);
      if (next.has(status)) next.delete(status);
      else next.add(status);
      return next;
    });
  const addTag = (tag: RunTag) => {
    const text = `${tag.key}=${tag.value}`;
    setTagText((current) =>
      current.split(/[\s,]+/).includes(text) ? current : current.trim() ? `${current.trim()}, ${text}` : text,
    );
  };

  return (
    <div className="mx-auto flex max-w-[1400px] flex-col px-6 pt-6 pb-8">
      <PageHeader title="Runs" subtitle="Every materialization run, newest first" />

      <div className="mt-4 flex flex-wrap items-center gap-3">
        <FilterInput
          label="Filter by asset key"
          placeholder="Asset key, e.g. analytics/fact_events"
          value={assetKey}
          onChange={setAssetKey}
        />
        <FilterInput
          label="Filter by tag"
          placeholder="Tags: key=value, …"
          value={tagText}
          onChange={setTagText}
          invalid={invalidTags.length > 0}
        />
        {filtered && (
          <Button
            variant="ghost"
            onClick={() => {
              setStatuses(new Set());
              setAssetKey("");
              setTagText("");
            }}
          >
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
          onClick={() => setStatuses(new Set())}
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
        ) : rows.length === 0 ? (
          <div className="rounded-lg border border-dashed border-neutral-300 bg-white">
            {filtered ? (
              <EmptyState icon={<SearchIcon size={22} />} title="No runs match these filters">
                Try another status, asset key or tag.
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
            <RunsTable runs={rows} onSelectTag={addTag} />
            <LoadMoreFooter count={rows.length} noun="run" pages={runs} />
          </>
        )}
      </div>
    </div>
  );
}
