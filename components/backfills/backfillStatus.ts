// How backfill statuses and per-partition states read in the console: labels, badge tones and fills.
import type {
  BackfillListFieldsFragment,
  BackfillPartitionState,
  BackfillStatus,
} from "../../graphql/client/generated/graphql";
import type { BadgeTone } from "../ui/Badge";

type BackfillProgress = BackfillListFieldsFragment["progress"];

/** Statuses a backfill can still leave; a page showing one keeps polling. */
export const IN_PROGRESS_BACKFILL_STATUSES: readonly BackfillStatus[] = ["REQUESTED", "CANCELING"];

export const backfillStatusLabel: Record<BackfillStatus, string> = {
  REQUESTED: "In progress",
  COMPLETED: "Completed",
  COMPLETED_WITH_FAILURES: "Completed with failures",
  FAILED: "Failed",
  CANCELING: "Canceling",
  CANCELED: "Canceled",
};

export const backfillStatusTone: Record<BackfillStatus, BadgeTone> = {
  REQUESTED: "blue",
  COMPLETED: "green",
  COMPLETED_WITH_FAILURES: "amber",
  FAILED: "red",
  CANCELING: "amber",
  CANCELED: "neutral",
};

export const backfillStatusDot: Record<BackfillStatus, string> = {
  REQUESTED: "bg-sky-500 animate-pulse",
  COMPLETED: "bg-emerald-500",
  COMPLETED_WITH_FAILURES: "bg-amber-500",
  FAILED: "bg-red-500",
  CANCELING: "bg-amber-500 animate-pulse",
  CANCELED: "bg-neutral-400",
};

export function isBackfillFinished(status: BackfillStatus): boolean {
  return status !== "REQUESTED" && status !== "CANCELING";
}

/** The parts of a backfill's progress bar, in drawing order. */
export const progressParts: ReadonlyArray<{
  key: keyof Omit<BackfillProgress, "numRuns">;
  label: string;
  fill: string;
}> = [
  { key: "numSucceeded", label: "Succeeded", fill: "bg-emerald-500" },
  { key: "numFailed", label: "Failed", fill: "bg-red-500" },
  { key: "numCanceled", label: "Canceled", fill: "bg-amber-400" },
  { key: "numSkipped", label: "Skipped", fill: "bg-neutral-400" },
  { key: "numInProgress", label: "In progress", fill: "bg-sky-400" },
  { key: "numQueued", label: "Queued", fill: "bg-sky-200" },
  { key: "numNotSubmitted", label: "Not submitted", fill: "bg-neutral-200" },
];

/** Share of runs that reached an end (succeeded, failed, canceled or skipped), 0-100. */
export function percentDone(progress: BackfillProgress): number {
  if (progress.numRuns === 0) return 0;
  const done = progress.numSucceeded + progress.numFailed + progress.numCanceled + progress.numSkipped;
  return Math.floor((100 * done) / progress.numRuns);
}

export const partitionStateLabel: Record<BackfillPartitionState, string> = {
  NOT_SUBMITTED: "Not submitted",
  QUEUED: "Queued",
  IN_PROGRESS: "In progress",
  MATERIALIZED: "Materialized",
  FAILED: "Failed",
  SKIPPED: "Skipped",
  CANCELED: "Canceled",
};

export const partitionStateFill: Record<BackfillPartitionState, string> = {
  NOT_SUBMITTED: "bg-neutral-200",
  QUEUED: "bg-sky-200",
  IN_PROGRESS: "bg-sky-400 animate-pulse",
  MATERIALIZED: "bg-emerald-500",
  FAILED: "bg-red-500",
  SKIPPED: "bg-neutral-400",
  CANCELED: "bg-amber-400",
};
