// How run and step statuses read in the console: labels, colors, and which ones are still moving.
import type { RunStatus, StepStatus } from "../../graphql/client/generated/graphql";
import type { BadgeTone } from "../ui/Badge";

export type { RunStatus, StepStatus };

export const RUN_STATUSES: readonly RunStatus[] = [
  "QUEUED",
  "STARTING",
  "STARTED",
  "SUCCESS",
  "FAILURE",
  "CANCELING",
  "CANCELED",
];
/** Statuses a run can still leave; a page showing one keeps polling. */
export const IN_PROGRESS_RUN_STATUSES: readonly RunStatus[] = ["QUEUED", "STARTING", "STARTED", "CANCELING"];

export const runStatusLabel: Record<RunStatus, string> = {
  QUEUED: "Queued",
  STARTING: "Starting",
  STARTED: "Started",
  SUCCESS: "Success",
  FAILURE: "Failure",
  CANCELING: "Canceling",
  CANCELED: "Canceled",
};

export const runStatusTone: Record<RunStatus, BadgeTone> = {
  QUEUED: "neutral",
  STARTING: "blue",
  STARTED: "blue",
  SUCCESS: "green",
  FAILURE: "red",
  CANCELING: "amber",
  CANCELED: "amber",
};

export const runStatusDot: Record<RunStatus, string> = {
  QUEUED: "bg-neutral-400",
  STARTING: "bg-sky-500 animate-pulse",
  STARTED: "bg-sky-500 animate-pulse",
  SUCCESS: "bg-emerald-500",
  FAILURE: "bg-red-500",
  CANCELING: "bg-amber-500 animate-pulse",
  CANCELED: "bg-amber-500",
};

export function isRunInProgress(status: RunStatus): boolean {
  return IN_PROGRESS_RUN_STATUSES.includes(status);
}

export function canCancel(status: RunStatus): boolean {
  return status === "QUEUED" || status === "STARTING" || status === "STARTED";
}

export const stepStatusLabel: Record<StepStatus, string> = {
  PENDING: "Pending",
  RUNNING: "Running",
  SUCCESS: "Success",
  FAILURE: "Failure",
  SKIPPED: "Skipped",
  CANCELED: "Canceled",
};

/** Bar fill in the Gantt chart. */
export const stepBarClass: Record<StepStatus, string> = {
  PENDING: "bg-neutral-200 ring-neutral-300",
  RUNNING: "bg-sky-400 ring-sky-500 animate-pulse",
  SUCCESS: "bg-emerald-400 ring-emerald-500",
  FAILURE: "bg-red-400 ring-red-500",
  SKIPPED: "bg-neutral-100 ring-neutral-300 ring-dashed",
  CANCELED: "bg-amber-300 ring-amber-400",
};

export const stepStatusTone: Record<StepStatus, BadgeTone> = {
  PENDING: "neutral",
  RUNNING: "blue",
  SUCCESS: "green",
  FAILURE: "red",
  SKIPPED: "neutral",
  CANCELED: "amber",
};
