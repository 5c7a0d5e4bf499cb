// How a check's latest result reads and looks: its label and tone, and the summary of an asset's checks.
import type {
  AssetCheckExecutionResolvedStatus as AssetCheckExecutionStatus,
  AssetCheckSeverity,
} from "../../graphql/client/generated/graphql";
import type { BadgeTone } from "../ui/Badge";

export type CheckOutcome = "PASSED" | "FAILED" | "WARNING" | "ERRORED" | "SKIPPED" | "RUNNING" | "NOT_RUN";

/** A failed WARN check is a warning; every other failure, and a check that threw, is red. */
export function checkOutcome(status: AssetCheckExecutionStatus | null, severity: AssetCheckSeverity): CheckOutcome {
  switch (status) {
    case null:
      return "NOT_RUN";
    case "SUCCEEDED":
      return "PASSED";
    case "FAILED":
      return severity === "WARN" ? "WARNING" : "FAILED";
    case "ERRORED":
      return "ERRORED";
    case "SKIPPED":
      return "SKIPPED";
    case "IN_PROGRESS":
      return "RUNNING";
  }
}

export const outcomeLabel: Record<CheckOutcome, string> = {
  PASSED: "Passed",
  FAILED: "Failed",
  WARNING: "Warning",
  ERRORED: "Errored",
  SKIPPED: "Skipped",
  RUNNING: "Running",
  NOT_RUN: "Not run",
};

export const outcomeTone: Record<CheckOutcome, BadgeTone> = {
  PASSED: "green",
  FAILED: "red",
  WARNING: "amber",
  ERRORED: "red",
  SKIPPED: "neutral",
  RUNNING: "blue",
  NOT_RUN: "neutral",
};

export interface ChecksSummary {
  total: number;
  passed: number;
  /** Failed ERROR checks and checks that threw. */
  failed: number;
  warnings: number;
  /** The worst outcome, which colours the asset: failed, then warning, then passed. */
  worst: "FAILED" | "WARNING" | "PASSED" | "NONE";
}

export function summarizeChecks(outcomes: readonly CheckOutcome[]): ChecksSummary {
  const failed = outcomes.filter((o) => o === "FAILED" || o === "ERRORED").length;
  const warnings = outcomes.filter((o) => o === "WARNING").length;
  const passed = outcomes.filter((o) => o === "PASSED").length;
  const worst = failed > 0 ? "FAILED" : warnings > 0 ? "WARNING" : passed > 0 ? "PASSED" : "NONE";
  return { total: outcomes.length, passed, failed, warnings, worst };
}
