// Per asset of a backfill: how many partitions it targets and where each stands, with a strip of its partitions.
import Link from "next/link";
import { AssetKeyLabel } from "../assets/AssetKeyLabel";
import { assetPageHref } from "../assets/assetLinks";
import { type ColumnHead, DataTable } from "../ui/DataTable";
import { BackfillPartitionStrip } from "./BackfillPartitionStrip";
import type { BackfillAssetStatus } from "./useBackfills";

const columns: ColumnHead[] = [
  { header: "Asset", width: "w-64" },
  { header: "Targeted", width: "w-20", align: "right" },
  { header: "Materialized", width: "w-24", align: "right" },
  { header: "Failed", width: "w-16", align: "right" },
  { header: "In progress", width: "w-28", align: "right", headerClassName: "whitespace-nowrap" },
  { header: "Skipped", width: "w-20", align: "right" },
  { header: "Partitions" },
];

export function BackfillAssetStatusTable({ statuses }: { statuses: readonly BackfillAssetStatus[] }) {
  return (
    <DataTable
      label="Assets"
      minWidth="min-w-[900px]"
      columns={columns}
      rows={statuses}
      rowKey={(status) => status.assetKey.path.join("/")}
      renderRow={(status) => <AssetStatusRow status={status} />}
    />
  );
}

function AssetStatusRow({ status }: { status: BackfillAssetStatus }) {
  const key = status.assetKey.path.join("/");
  return (
    <tr className="border-b border-neutral-100 align-top last:border-b-0" data-testid={`backfill-asset-${key}`}>
      <td className="px-4 py-2.5">
        <Link
          href={assetPageHref(status.assetKey.path, "partitions")}
          className="flex min-w-0 text-neutral-900 hover:text-accent-700 hover:underline"
        >
          <AssetKeyLabel path={status.assetKey.path} />
        </Link>
      </td>
      <Count n={status.numTargeted} testId="targeted" />
      <Count n={status.numMaterialized} tone="text-emerald-700" testId="materialized" />
      <Count n={status.numFailed} tone="text-red-700" />
      <Count n={status.numInProgress} tone="text-sky-700" />
      <Count n={status.numSkipped} tone="text-neutral-500" />
      <td className="px-4 py-3">
        <BackfillPartitionStrip status={status} label={`Partitions of ${key}`} />
      </td>
    </tr>
  );
}

function Count({ n, tone = "text-neutral-900", testId }: { n: number; tone?: string; testId?: string }) {
  return (
    <td
      className={`px-3 py-2.5 text-right tabular-nums ${n === 0 ? "text-neutral-500" : tone}`}
      data-testid={testId ? `backfill-asset-${testId}` : undefined}
    >
      {n.toLocaleString()}
    </td>
  );
}
