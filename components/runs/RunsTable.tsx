// The runs table: one row per run with status, assets (and job), who launched it, tags, when, and how long. A folded
// backfill is one row among them: its status, its runs' progress and a link to it, in place of its runs.
import Link from "next/link";
import type { ReactNode } from "react";
import { BackfillProgressBar } from "../backfills/BackfillProgressBar";
import { BackfillStatusBadge } from "../backfills/BackfillStatusBadge";
import { backfillPageHref, shortBackfillId } from "../backfills/backfillLinks";
import type { BackfillListItem } from "../backfills/useBackfills";
import { jobPageHref } from "../jobs/jobLinks";
import { type Column, DataTable } from "../ui/DataTable";
import { RelativeTime } from "../ui/RelativeTime";
import { RunAssetKeys } from "./RunAssetKeys";
import { RunDuration } from "./RunDuration";
import { RunTags } from "./RunTags";
import { runCreatedColumn, runDurationColumn, runIdColumn, runStatusColumn } from "./runColumns";
import type { RunListItem, RunTag } from "./useRuns";

type RunsTableRow = { kind: "run"; run: RunListItem } | { kind: "backfill"; backfill: BackfillListItem };

/** Runs and folded backfills, newest first. */
function runsTableRows(runs: readonly RunListItem[], backfills: readonly BackfillListItem[]): RunsTableRow[] {
  const rows: Array<RunsTableRow & { at: number }> = [
    ...runs.map((run) => ({ kind: "run" as const, run, at: Date.parse(run.creationTime) })),
    ...backfills.map((backfill) => ({ kind: "backfill" as const, backfill, at: Date.parse(backfill.createdTime) })),
  ];
  return rows.sort((a, b) => b.at - a.at);
}

export function RunsTable({
  runs,
  backfills = [],
  onSelectTag,
}: {
  runs: readonly RunListItem[];
  /** Folded backfills, shown among the runs by when they were created. */
  backfills?: readonly BackfillListItem[];
  onSelectTag?: (tag: RunTag) => void;
}) {
  const rows = runsTableRows(runs, backfills);
  // A run column's header and look, with a backfill row's own cell.
  const runOr = (runColumn: Column<RunListItem>, backfillCell: (b: BackfillListItem) => ReactNode) => ({
    header: runColumn.header,
    width: runColumn.width,
    align: runColumn.align,
    cellClassName: runColumn.cellClassName,
    cell: (row: RunsTableRow) => (row.kind === "run" ? runColumn.cell(row.run) : backfillCell(row.backfill)),
  });
  const columns: Column<RunsTableRow>[] = [
    runOr(runIdColumn, (backfill) => (
      <Link
        href={backfillPageHref(backfill.backfillId)}
        aria-label={`Backfill ${backfill.backfillId}`}
        title={`Backfill ${backfill.backfillId}`}
        className="font-mono text-xs font-medium text-accent-700 hover:underline"
      >
        {shortBackfillId(backfill.backfillId)}
      </Link>
    )),
    runOr(runStatusColumn, (backfill) => <BackfillStatusBadge status={backfill.status} />),
    {
      header: "Assets",
      cellClassName: "max-w-0",
      cell: (row) => (row.kind === "run" ? <RunAssets run={row.run} /> : <FoldedBackfill backfill={row.backfill} />),
    },
    {
      header: "Launched by",
      width: "w-36",
      cellClassName: "truncate text-neutral-700",
      title: (row) => (row.kind === "run" ? row.run.launchedBy : row.backfill.launchedBy),
      cell: (row) => (row.kind === "run" ? row.run.launchedBy : row.backfill.launchedBy),
    },
    {
      header: "Tags",
      width: "w-64",
      cell: (row) => (
        <RunTags tags={row.kind === "run" ? row.run.tags : row.backfill.tags} max={3} onSelect={onSelectTag} />
      ),
    },
    runOr(runCreatedColumn, (backfill) => <RelativeTime timestamp={backfill.createdTime} />),
    runOr(runDurationColumn, (backfill) => <RunDuration start={backfill.createdTime} end={backfill.endTime} />),
  ];
  return (
    <DataTable
      label="Runs"
      minWidth="min-w-[1000px]"
      columns={columns}
      rows={rows}
      rowKey={(row) => (row.kind === "run" ? row.run.runId : `backfill-${row.backfill.backfillId}`)}
      valign="middle"
    />
  );
}

function RunAssets({ run }: { run: RunListItem }) {
  return (
    <>
      <RunAssetKeys keys={run.assetSelection} />
      {run.partitionKey && (
        <div className="mt-0.5 font-mono text-[11px] text-neutral-500">partition {run.partitionKey}</div>
      )}
      {run.jobName && (
        <div className="mt-0.5 text-[11px] text-neutral-500">
          job{" "}
          <Link
            href={jobPageHref(run.jobName)}
            className="font-mono text-neutral-600 hover:text-accent-700 hover:underline"
          >
            {run.jobName}
          </Link>
        </div>
      )}
    </>
  );
}

function FoldedBackfill({ backfill }: { backfill: BackfillListItem }) {
  const partitions = backfill.numPartitions;
  const runs = backfill.progress.numRuns;
  return (
    <>
      <RunAssetKeys keys={backfill.assetSelection} />
      <div className="mt-0.5 text-[11px] text-neutral-600">
        Backfill of {partitions.toLocaleString()} partition{partitions === 1 ? "" : "s"} in {runs.toLocaleString()} run
        {runs === 1 ? "" : "s"}
      </div>
      <BackfillProgressBar progress={backfill.progress} className="mt-1 max-w-80" />
    </>
  );
}
