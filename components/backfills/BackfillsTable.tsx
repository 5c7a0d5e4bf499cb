// The backfills table: id, when, status, which assets and partitions, and progress over its runs.
import Link from "next/link";
import { RunAssetKeys } from "../runs/RunAssetKeys";
import { type Column, DataTable } from "../ui/DataTable";
import { formatAbsoluteTime } from "../ui/formatTime";
import { RelativeTime } from "../ui/RelativeTime";
import { BackfillProgressBar } from "./BackfillProgressBar";
import { BackfillStatusBadge } from "./BackfillStatusBadge";
import { backfillPageHref, shortBackfillId } from "./backfillLinks";
import type { BackfillListItem } from "./useBackfills";

const columns: Column<BackfillListItem>[] = [
  {
    header: "Backfill",
    width: "w-28",
    cell: (backfill) => (
      <Link
        href={backfillPageHref(backfill.backfillId)}
        title={backfill.backfillId}
        className="font-mono text-xs font-medium text-accent-700 hover:underline"
      >
        {shortBackfillId(backfill.backfillId)}
      </Link>
    ),
  },
  {
    header: "Created",
    width: "w-28",
    cellClassName: "whitespace-nowrap text-neutral-600",
    title: (backfill) => formatAbsoluteTime(backfill.createdTime),
    cell: (backfill) => <RelativeTime timestamp={backfill.createdTime} />,
  },
  { header: "Status", width: "w-44", cell: (backfill) => <BackfillStatusBadge status={backfill.status} /> },
  { header: "Assets", cellClassName: "max-w-0", cell: (backfill) => <RunAssetKeys keys={backfill.assetSelection} /> },
  {
    header: "Partitions",
    width: "w-64",
    cellClassName: "max-w-0",
    cell: (backfill) => (
      <>
        <div className="truncate font-mono text-xs text-neutral-800" title={backfill.partitionSelection}>
          {backfill.partitionSelection}
        </div>
        <div className="mt-0.5 text-[11px] text-neutral-500">
          {backfill.numPartitions.toLocaleString()} partition{backfill.numPartitions === 1 ? "" : "s"}
          {backfill.onlyMissingOrFailed && " · missing and failed only"}
        </div>
      </>
    ),
  },
  { header: "Runs", width: "w-72", cell: (backfill) => <BackfillProgressBar progress={backfill.progress} /> },
];

export function BackfillsTable({ backfills }: { backfills: readonly BackfillListItem[] }) {
  return (
    <DataTable
      label="Backfills"
      minWidth="min-w-[1100px]"
      columns={columns}
      rows={backfills}
      rowKey={(backfill) => backfill.backfillId}
      valign="middle"
    />
  );
}
