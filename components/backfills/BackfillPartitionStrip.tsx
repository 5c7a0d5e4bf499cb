"use client";
// One backfill asset's partitions as a strip of small cells in key order, colored by state; a cell opens the run that
// materialized it. Very long backfills fall back to proportional bands drawn from the counts, so the page stays light
// (past 1,500 partitions the API does not list them).
import { useRouter } from "next/navigation";
import type { BackfillPartitionState } from "../../graphql/client/generated/graphql";
import { runPageHref } from "../runs/runLinks";
import { cx } from "../ui/cx";
import { partitionStateFill, partitionStateLabel } from "./backfillStatus";
import type { BackfillAssetStatus } from "./useBackfills";

const MAX_CELLS = 1500;
const ORDER: readonly BackfillPartitionState[] = [
  "MATERIALIZED",
  "FAILED",
  "CANCELED",
  "SKIPPED",
  "IN_PROGRESS",
  "QUEUED",
  "NOT_SUBMITTED",
];

export function BackfillPartitionStrip({ status, label }: { status: BackfillAssetStatus; label: string }) {
  const router = useRouter();
  const { partitions } = status;
  if (status.numTargeted > MAX_CELLS) return <PartitionBands status={status} label={label} />;
  if (partitions.length === 0) return <span className="text-xs text-neutral-500">Not partitioned</span>;
  return (
    <div
      role="list"
      aria-label={label}
      className="flex flex-wrap gap-[2px]"
      onClick={(e) => {
        const runId = e.target instanceof HTMLElement ? e.target.dataset.run : undefined;
        if (runId) router.push(runPageHref(runId));
      }}
    >
      {partitions.map((p) => (
        <span
          key={p.partitionKey}
          role="listitem"
          aria-label={`${p.partitionKey}: ${partitionStateLabel[p.status]}`}
          title={`${p.partitionKey} · ${partitionStateLabel[p.status]}${p.runId ? " · open its run" : ""}`}
          data-run={p.runId ?? undefined}
          data-state={p.status}
          className={cx(
            "size-2.5 rounded-[2px]",
            partitionStateFill[p.status],
            p.runId && "cursor-pointer hover:ring-2 hover:ring-neutral-900/30",
          )}
        />
      ))}
    </div>
  );
}

function PartitionBands({ status, label }: { status: BackfillAssetStatus; label: string }) {
  const counts = new Map<BackfillPartitionState, number>([
    ["MATERIALIZED", status.numMaterialized],
    ["FAILED", status.numFailed],
    ["CANCELED", status.numCanceled],
    ["SKIPPED", status.numSkipped],
    ["IN_PROGRESS", status.numInProgress],
    ["QUEUED", status.numQueued],
    ["NOT_SUBMITTED", status.numNotSubmitted],
  ]);
  const total = Math.max(1, status.numTargeted);
  const summary = ORDER.filter((s) => counts.get(s)).map(
    (s) => `${(counts.get(s) ?? 0).toLocaleString()} ${partitionStateLabel[s].toLowerCase()}`,
  );
  return (
    <div
      role="img"
      aria-label={`${label}: ${summary.join(", ")}`}
      title={summary.join(", ")}
      className="flex h-2.5 w-full overflow-hidden rounded-sm bg-neutral-100"
    >
      {ORDER.map((s) => {
        const n = counts.get(s) ?? 0;
        return n > 0 ? (
          <span key={s} className={partitionStateFill[s]} style={{ width: `${(100 * n) / total}%` }} />
        ) : null;
      })}
    </div>
  );
}
