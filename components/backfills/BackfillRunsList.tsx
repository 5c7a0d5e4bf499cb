// The runs a backfill launched, newest first: status, the partition (or range) each covers, when and how long.
import Link from "next/link";
import type { BackfillRun } from "../../graphql/client/backfills";
import { formatRunPartitions, partitionRangeSelection } from "../../lib/core/partitions";
import { RunAssetKeys } from "../runs/RunAssetKeys";
import { RunDuration } from "../runs/RunDuration";
import { runPageHref, shortRunId } from "../runs/runLinks";
import { RunStatusBadge } from "../runs/RunStatusBadge";
import { RelativeTime } from "../ui/RelativeTime";
import { tableHeadClass } from "../ui/table";

export function BackfillRunsList({ runs }: { runs: readonly BackfillRun[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-neutral-200 bg-white shadow-xs">
      <table aria-label="Backfill runs" className="w-full min-w-[800px] text-left text-[13px]">
        <thead className={tableHeadClass}>
          <tr>
            <th scope="col" className="w-28 px-4 py-2">Run</th>
            <th scope="col" className="w-28 px-3 py-2">Status</th>
            <th scope="col" className="w-64 px-3 py-2">Partition</th>
            <th scope="col" className="px-3 py-2">Assets</th>
            <th scope="col" className="w-28 px-3 py-2">Created</th>
            <th scope="col" className="w-24 px-4 py-2 text-right">Duration</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.runId} className="border-b border-neutral-100 last:border-b-0 hover:bg-neutral-50">
              <td className="px-4 py-2">
                <Link href={runPageHref(run.runId)} title={run.runId} className="font-mono text-xs font-medium text-accent-700 hover:underline">
                  {shortRunId(run.runId)}
                </Link>
              </td>
              <td className="px-3 py-2">
                <RunStatusBadge status={run.status} />
              </td>
              <td className="px-3 py-2 font-mono text-xs text-neutral-800">{partitionLabel(run)}</td>
              <td className="max-w-0 px-3 py-2">
                <RunAssetKeys keys={run.assetSelection} />
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-neutral-600">
                <RelativeTime timestamp={run.creationTime} />
              </td>
              <td className="whitespace-nowrap px-4 py-2 text-right tabular-nums text-neutral-700">
                <RunDuration start={run.startTime} end={run.endTime} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function partitionLabel(run: BackfillRun) {
  if (run.partitionKey) return run.partitionKey;
  if (run.partitionRangeStart && run.partitionRangeEnd) return formatRunPartitions(partitionRangeSelection(run.partitionRangeStart, run.partitionRangeEnd));
  return <span className="font-sans text-neutral-400">Unpartitioned</span>;
}
