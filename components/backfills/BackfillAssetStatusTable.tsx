// Per asset of a backfill: how many partitions it targets and where each stands, with a strip of its partitions.
import Link from "next/link";
import { AssetKeyLabel } from "../assets/AssetKeyLabel";
import { assetPageHref } from "../assets/assetLinks";
import { tableHeadClass } from "../ui/table";
import { BackfillPartitionStrip } from "./BackfillPartitionStrip";
import type { BackfillAssetStatus } from "./useBackfills";

export function BackfillAssetStatusTable({ statuses }: { statuses: readonly BackfillAssetStatus[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-neutral-200 bg-white shadow-xs">
      <table aria-label="Assets" className="w-full min-w-[900px] text-left text-[13px]">
        <thead className={tableHeadClass}>
          <tr>
            <th scope="col" className="w-64 px-4 py-2">
              Asset
            </th>
            <th scope="col" className="w-20 px-3 py-2 text-right">
              Targeted
            </th>
            <th scope="col" className="w-24 px-3 py-2 text-right">
              Materialized
            </th>
            <th scope="col" className="w-16 px-3 py-2 text-right">
              Failed
            </th>
            <th scope="col" className="w-28 px-3 py-2 text-right whitespace-nowrap">
              In progress
            </th>
            <th scope="col" className="w-20 px-3 py-2 text-right">
              Skipped
            </th>
            <th scope="col" className="px-4 py-2">
              Partitions
            </th>
          </tr>
        </thead>
        <tbody>
          {statuses.map((status) => {
            const key = status.assetKey.path.join("/");
            return (
              <tr
                key={key}
                className="border-b border-neutral-100 align-top last:border-b-0"
                data-testid={`backfill-asset-${key}`}
              >
                <td className="px-4 py-2.5">
                  <Link
                    href={assetPageHref(status.assetKey.path, "partitions")}
                    className="flex min-w-0 text-neutral-900 hover:text-accent-700 hover:underline"
                  >
                    <AssetKeyLabel path={status.assetKey.path} />
                  </Link>
                </td>
                <Count n={status.numTargeted} />
                <Count n={status.numMaterialized} tone="text-emerald-700" testId="materialized" />
                <Count n={status.numFailed} tone="text-red-700" />
                <Count n={status.numInProgress} tone="text-sky-700" />
                <Count n={status.numSkipped} tone="text-neutral-500" />
                <td className="px-4 py-3">
                  <BackfillPartitionStrip partitions={status.partitions} label={`Partitions of ${key}`} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Count({ n, tone = "text-neutral-900", testId }: { n: number; tone?: string; testId?: string }) {
  return (
    <td
      className={`px-3 py-2.5 text-right tabular-nums ${n === 0 ? "text-neutral-300" : tone}`}
      data-testid={testId ? `backfill-asset-${testId}` : undefined}
    >
      {n.toLocaleString()}
    </td>
  );
}
