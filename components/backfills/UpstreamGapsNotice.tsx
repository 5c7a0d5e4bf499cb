"use client";
// Before launch: how many chosen partitions read upstream partitions that are missing (their runs would fail on the
// missing input), by upstream, with the one click that takes those upstream partitions into the backfill.
import { AlertIcon } from "../ui/icons";
import type { PartitionBackfillPreview } from "./usePartitionBackfillPreview";

type Gaps = PartitionBackfillPreview["upstreamGaps"];

/** "12 of 14 partitions have missing upstream partitions: daily_sales (12)". */
export function upstreamGapsSentence(gaps: Gaps): string {
  const { numWithMissingUpstream: missing, numPartitions: total } = gaps;
  const upstreams = gaps.upstreams.map((u) => `${u.assetKey.path.join("/")} (${u.numPartitions.toLocaleString()})`);
  const subject = `${missing.toLocaleString()} of ${total.toLocaleString()} partition${total === 1 ? "" : "s"}`;
  return `${subject} ${missing === 1 ? "has" : "have"} missing upstream partitions: ${upstreams.join(", ")}`;
}

export function UpstreamGapsNotice({
  gaps,
  included,
  addedAssets,
  onInclude,
}: {
  gaps: Gaps | null;
  /** Whether the backfill already takes the missing upstream partitions in. */
  included: boolean;
  /** The upstream assets the preview added, in planning order. */
  addedAssets: readonly string[];
  onInclude: (include: boolean) => void;
}) {
  if (included)
    return (
      <section
        aria-label="Upstream partitions"
        className="flex items-start gap-2 rounded-md bg-accent-50 px-3 py-2 text-[13px] text-neutral-800 ring-1 ring-accent-200 ring-inset"
      >
        <p className="min-w-0 flex-1" data-testid="upstream-included">
          {addedAssets.length > 0
            ? `Includes the missing partitions of ${addedAssets.join(", ")}, materialized first.`
            : "Includes missing upstream partitions; none are missing now."}
        </p>
        <button
          type="button"
          onClick={() => onInclude(false)}
          className="shrink-0 text-xs font-medium text-accent-700 hover:underline"
        >
          Leave upstream out
        </button>
      </section>
    );
  if (!gaps || gaps.numWithMissingUpstream === 0) return null;
  return (
    <section
      aria-label="Missing upstream partitions"
      className="rounded-md bg-amber-50 px-3 py-2.5 text-[13px] text-amber-900 ring-1 ring-amber-200 ring-inset"
    >
      <p className="flex items-start gap-1.5" data-testid="upstream-gaps">
        <AlertIcon size={14} className="mt-0.5 shrink-0 text-amber-700" />
        <span>{upstreamGapsSentence(gaps)}. Their runs would fail on the missing input.</span>
      </p>
      <button
        type="button"
        onClick={() => onInclude(true)}
        className="mt-2 inline-flex h-7 items-center rounded-md bg-white px-2.5 text-xs font-medium text-amber-900 ring-1 ring-amber-300 ring-inset hover:bg-amber-100"
      >
        Include upstream assets
      </button>
    </section>
  );
}
