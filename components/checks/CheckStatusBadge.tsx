// A check's latest outcome as a badge: Passed, Failed, Warning, Errored, Skipped, Running or Not run.
import { Badge } from "../ui/Badge";
import { cx } from "../ui/cx";
import { type CheckOutcome, outcomeLabel, outcomeTone } from "./checkStatus";

const dot: Record<CheckOutcome, string> = {
  PASSED: "bg-emerald-500",
  FAILED: "bg-red-500",
  WARNING: "bg-amber-500",
  ERRORED: "bg-red-500",
  SKIPPED: "bg-neutral-400",
  RUNNING: "bg-sky-500 animate-pulse",
  NOT_RUN: "bg-neutral-300",
};

export function CheckStatusBadge({ outcome, className }: { outcome: CheckOutcome; className?: string }) {
  return (
    <Badge tone={outcomeTone[outcome]} className={className}>
      <span aria-hidden="true" className={cx("size-1.5 rounded-full", dot[outcome])} />
      {outcomeLabel[outcome]}
    </Badge>
  );
}
