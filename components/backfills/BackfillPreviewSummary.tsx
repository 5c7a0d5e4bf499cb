// The sentence under the launch dialog's fields: what the backfill will launch, as the server plans it.

import { cx } from "../ui/cx";
import type { PartitionBackfillPreview } from "./usePartitionBackfillPreview";

export function BackfillPreviewSummary({
  preview,
  loading,
  waitingForText,
  blocked,
}: {
  preview: PartitionBackfillPreview | null;
  loading: boolean;
  waitingForText: boolean;
  /** The selection is invalid: there is nothing to count. */
  blocked: boolean;
}) {
  const message = waitingForText
    ? "Choose partitions to see what the backfill launches."
    : blocked
      ? "Fix the selection above to see what the backfill launches."
      : !preview
        ? "Counting partitions…"
        : null;
  return (
    <div
      role="status"
      aria-live="polite"
      data-testid="backfill-preview"
      className={cx(
        "rounded-md px-3 py-2.5 text-[13px] ring-1 ring-inset transition-opacity",
        message
          ? "bg-neutral-50 text-neutral-500 ring-neutral-200"
          : "bg-accent-50/60 text-neutral-800 ring-accent-100",
        loading && "opacity-70",
      )}
    >
      {message ?? (
        <>
          Launches{" "}
          <strong className="font-semibold tabular-nums" data-testid="backfill-preview-runs">
            {preview?.numRuns.toLocaleString()} run{preview?.numRuns === 1 ? "" : "s"}
          </strong>{" "}
          over{" "}
          <strong className="font-semibold tabular-nums" data-testid="backfill-preview-partitions">
            {preview?.numPartitions.toLocaleString()} partition{preview?.numPartitions === 1 ? "" : "s"}
          </strong>
          {preview && preview.numRuns === 0 && " — nothing to launch with these options."}
          {preview?.limitError && (
            <span className="mt-1 block text-red-700">Too many runs to launch at once: {preview.limitError}</span>
          )}
        </>
      )}
    </div>
  );
}
