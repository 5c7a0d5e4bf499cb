// The runs table: one row per run with status, assets (and job), who launched it, tags, when, and how long.
import Link from "next/link";
import { jobPageHref } from "../jobs/jobLinks";
import { type Column, DataTable } from "../ui/DataTable";
import { RunAssetKeys } from "./RunAssetKeys";
import { RunTags } from "./RunTags";
import { runCreatedColumn, runDurationColumn, runIdColumn, runStatusColumn } from "./runColumns";
import type { RunListItem, RunTag } from "./useRuns";

export function RunsTable({
  runs,
  onSelectTag,
}: {
  runs: readonly RunListItem[];
  onSelectTag?: (tag: RunTag) => void;
}) {
  const columns: Column<RunListItem>[] = [
    runIdColumn,
    runStatusColumn,
    {
      header: "Assets",
      cellClassName: "max-w-0",
      cell: (run) => (
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
      ),
    },
    {
      header: "Launched by",
      width: "w-36",
      cellClassName: "truncate text-neutral-700",
      title: (run) => run.launchedBy,
      cell: (run) => run.launchedBy,
    },
    { header: "Tags", width: "w-64", cell: (run) => <RunTags tags={run.tags} max={3} onSelect={onSelectTag} /> },
    runCreatedColumn,
    runDurationColumn,
  ];
  return (
    <DataTable
      label="Runs"
      minWidth="min-w-[1000px]"
      columns={columns}
      rows={runs}
      rowKey={(run) => run.runId}
      valign="middle"
    />
  );
}
