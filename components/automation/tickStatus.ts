// How tick statuses read in the console: labels, colors, and the dot that pulses while a tick launches.
import type { TickStatus } from "../../graphql/client/generated/graphql";
import type { BadgeTone } from "../ui/Badge";

export const tickStatusLabel: Record<TickStatus, string> = {
  STARTED: "Started",
  SUCCESS: "Success",
  SKIPPED: "Skipped",
  FAILURE: "Failure",
};

export const tickStatusTone: Record<TickStatus, BadgeTone> = {
  STARTED: "blue",
  SUCCESS: "green",
  SKIPPED: "amber",
  FAILURE: "red",
};

export const tickStatusDot: Record<TickStatus, string> = {
  STARTED: "bg-sky-500 animate-pulse",
  SUCCESS: "bg-emerald-500",
  SKIPPED: "bg-amber-500",
  FAILURE: "bg-red-500",
};
