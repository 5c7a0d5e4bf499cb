"use client";
// An unsynced asset's explanation on its page: how many partitions are unsynced, each cause with the partitions it
// touches and the upstream it arrives through, and the launch of exactly what is unsynced.
import Link from "next/link";
import { assetPageHref } from "../assets/assetLinks";
import { MaterializeButton } from "../runs/MaterializeButton";
import { type StaleStatusFields, unsyncedPartitionsText } from "./staleFields";

/** The asset page reads the partition total and every cause, with the upstream each arrives through. */
type StaleStatusDetail = StaleStatusFields & {
  partitionCount: number | null;
  unsyncedCauses: {
    key: { path: string[] };
    reason: string;
    partitionCount: number | null;
    dependency: { path: string[] } | null;
  }[];
};

export function UnsyncedSummary({ asset, assetKey }: { asset: StaleStatusDetail; assetKey: readonly string[] }) {
  const partitions = unsyncedPartitionsText(asset.unsyncedPartitionCount, asset.partitionCount);
  return (
    <div className="space-y-3">
      <p className="text-[13px] text-neutral-600">
        {partitions ? (
          <span className="font-medium text-amber-800">{partitions}</span>
        ) : (
          "Its latest materialization no longer reflects:"
        )}
      </p>
      <ul aria-label="Unsynced causes" className="space-y-2 text-[13px] text-neutral-800">
        {asset.unsyncedCauses.map((cause) => (
          <li key={`${cause.key.path.join("/")}:${cause.reason}`} className="flex gap-2">
            <span aria-hidden="true" className="mt-[7px] size-1.5 shrink-0 rounded-full bg-amber-500" />
            <span className="min-w-0">
              {cause.reason}
              {(cause.partitionCount !== null || cause.dependency) && (
                <span className="block text-xs text-neutral-500">
                  {cause.partitionCount !== null &&
                    `${cause.partitionCount.toLocaleString("en")} partition${cause.partitionCount === 1 ? "" : "s"}`}
                  {cause.partitionCount !== null && cause.dependency && " · "}
                  {cause.dependency && (
                    <>
                      through{" "}
                      <Link
                        href={assetPageHref(cause.dependency.path)}
                        className="font-medium text-neutral-700 hover:text-accent-700 hover:underline"
                      >
                        {cause.dependency.path.join("/")}
                      </Link>
                    </>
                  )}
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
      <MaterializeButton
        variant="secondary"
        label="Materialize unsynced"
        assetKeys={[assetKey]}
        onlyUnsynced
        description={
          asset.unsyncedPartitionCount !== null
            ? `Backfill the ${asset.unsyncedPartitionCount.toLocaleString("en")} unsynced partitions`
            : "Materialize the asset again"
        }
      />
    </div>
  );
}
