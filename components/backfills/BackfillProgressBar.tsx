// A backfill's runs as one stacked bar (succeeded, failed, canceled, skipped, in progress, queued, not submitted),
// with the share finished and, when asked, the count of each part.

import { cx } from "../ui/cx";
import { percentDone, progressParts } from "./backfillStatus";
import type { BackfillProgress } from "./useBackfills";

export function BackfillProgressBar({
  progress,
  showLegend = false,
  className,
  barClassName,
}: {
  progress: BackfillProgress;
  showLegend?: boolean;
  className?: string;
  barClassName?: string;
}) {
  const total = Math.max(1, progress.numRuns);
  const percent = percentDone(progress);
  const done = progress.numSucceeded + progress.numFailed + progress.numCanceled + progress.numSkipped;
  const summary = progressParts
    .filter((p) => progress[p.key] > 0)
    .map((p) => `${progress[p.key]} ${p.label.toLowerCase()}`)
    .join(", ");
  return (
    <div className={cx("min-w-0", className)}>
      <div className="flex items-center gap-2.5">
        <div
          role="progressbar"
          aria-label="Backfill progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={
            progress.numRuns === 0
              ? "No runs planned yet"
              : `${percent}% of ${progress.numRuns} runs finished: ${summary}`
          }
          title={summary || "No runs yet"}
          className={cx("flex h-2 min-w-16 flex-1 overflow-hidden rounded-full bg-neutral-100", barClassName)}
        >
          {progressParts.map((p) =>
            progress[p.key] > 0 ? (
              <span
                key={p.key}
                className={cx("h-full", p.fill)}
                style={{ width: `${(100 * progress[p.key]) / total}%` }}
              />
            ) : null,
          )}
        </div>
        <span className="w-28 shrink-0 text-right text-xs text-neutral-600 tabular-nums">
          <span className="font-semibold text-neutral-900" data-testid="backfill-percent">
            {percent}%
          </span>{" "}
          · {done.toLocaleString()}/{progress.numRuns.toLocaleString()}
        </span>
      </div>
      {showLegend && (
        <ul aria-label="Runs by status" className="mt-2.5 flex flex-wrap gap-x-4 gap-y-1 text-xs">
          {progressParts.map((p) => (
            <li key={p.key} className="flex items-center gap-1.5">
              <span aria-hidden="true" className={cx("size-2 rounded-sm", p.fill)} />
              <span className="text-neutral-500">{p.label}</span>
              <span className="font-semibold text-neutral-800 tabular-nums" data-testid={`backfill-runs-${p.key}`}>
                {progress[p.key].toLocaleString()}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
