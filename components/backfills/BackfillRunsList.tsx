// The runs a backfill launched, newest first: status, the partition (or range) each covers, when and how long.
import { formatRunPartitions, partitionRangeSelection } from "../../lib/core/partitions";
import { RunAssetKeys } from "../runs/RunAssetKeys";
import { runCreatedColumn, runDurationColumn, runIdColumn, runStatusColumn } from "../runs/runColumns";
import { type Column, DataTable } from "../ui/DataTable";
import type { BackfillRun } from "./useBackfills";

const columns: Column<BackfillRun>[] = [
  runIdColumn,
  runStatusColumn,
  { header: "Partition", width: "w-64", cellClassName: "font-mono text-xs text-neutral-800", cell: partitionLabel },
  { header: "Assets", cellClassName: "max-w-0", cell: (run) => <RunAssetKeys keys={run.assetSelection} /> },
  runCreatedColumn,
  runDurationColumn,
];

export function BackfillRunsList({ runs }: { runs: readonly BackfillRun[] }) {
  return (
    <DataTable
      label="Backfill runs"
      minWidth="min-w-[800px]"
      columns={columns}
      rows={runs}
      rowKey={(run) => run.runId}
      density="compact"
    />
  );
}

function partitionLabel(run: BackfillRun) {
  if (run.partitionKey) return run.partitionKey;
  if (run.partitionRangeStart && run.partitionRangeEnd)
    return formatRunPartitions(partitionRangeSelection(run.partitionRangeStart, run.partitionRangeEnd));
  return <span className="font-sans text-neutral-500">Unpartitioned</span>;
}
