// The backfills table: id, when, status, which assets and partitions, and progress over its runs.
import Link from "next/link";
import type { BackfillListItem } from "./useBackfills";
import { RunAssetKeys } from "../runs/RunAssetKeys";
import { formatAbsoluteTime } from "../ui/formatTime";
import { RelativeTime } from "../ui/RelativeTime";
import { tableHeadClass } from "../ui/table";
import { backfillPageHref, shortBackfillId } from "./backfillLinks";
import { BackfillProgressBar } from "./BackfillProgressBar";
import { BackfillStatusBadge } from "./BackfillStatusBadge";

export function BackfillsTable({ backfills }: { backfills: readonly BackfillListItem[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-neutral-200 bg-white shadow-xs">
      <table aria-label="Backfills" className="w-full min-w-[1100px] text-left text-[13px]">
        <thead className={tableHeadClass}>
          <tr>
            <th scope="col" className="w-28 px-4 py-2">Backfill</th>
            <th scope="col" className="w-28 px-3 py-2">Created</th>
            <th scope="col" className="w-44 px-3 py-2">Status</th>
            <th scope="col" className="px-3 py-2">Assets</th>
            <th scope="col" className="w-64 px-3 py-2">Partitions</th>
            <th scope="col" className="w-72 px-4 py-2">Runs</th>
          </tr>
        </thead>
        <tbody>
          {backfills.map((backfill) => (
            <tr key={backfill.backfillId} className="border-b border-neutral-100 align-middle last:border-b-0 hover:bg-neutral-50">
              <td className="px-4 py-2.5">
                <Link href={backfillPageHref(backfill.backfillId)} title={backfill.backfillId} className="font-mono text-xs font-medium text-accent-700 hover:underline">
                  {shortBackfillId(backfill.backfillId)}
                </Link>
              </td>
              <td className="whitespace-nowrap px-3 py-2.5 text-neutral-600" title={formatAbsoluteTime(backfill.createdTime)}>
                <RelativeTime timestamp={backfill.createdTime} />
              </td>
              <td className="px-3 py-2.5">
                <BackfillStatusBadge status={backfill.status} />
              </td>
              <td className="max-w-0 px-3 py-2.5">
                <RunAssetKeys keys={backfill.assetSelection} />
              </td>
              <td className="max-w-0 px-3 py-2.5">
                <div className="truncate font-mono text-xs text-neutral-800" title={backfill.partitionSelection}>
                  {backfill.partitionSelection}
                </div>
                <div className="mt-0.5 text-[11px] text-neutral-500">
                  {backfill.numPartitions.toLocaleString()} partition{backfill.numPartitions === 1 ? "" : "s"}
                  {backfill.onlyMissingOrFailed && " · missing and failed only"}
                </div>
              </td>
              <td className="px-4 py-2.5">
                <BackfillProgressBar progress={backfill.progress} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
