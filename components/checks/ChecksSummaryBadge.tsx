// An asset's checks at a glance, for graph nodes, catalog rows and the asset header: "2 checks passed", "1 check failed".
import { Badge } from "../ui/Badge";
import { cx } from "../ui/cx";
import { AlertIcon, CheckCircleIcon } from "../ui/icons";
import type { ChecksSummary } from "./checkStatus";

/** `compact` shows the count alone (graph nodes); the full sentence stays in the tooltip and for screen readers. */
export function ChecksSummaryBadge({
  summary,
  className,
  compact = false,
}: {
  summary: ChecksSummary;
  className?: string;
  compact?: boolean;
}) {
  const plural = (n: number) => `${n} check${n === 1 ? "" : "s"}`;
  const { text, tone } =
    summary.worst === "FAILED"
      ? { text: `${plural(summary.failed)} failed`, tone: "red" as const }
      : summary.worst === "WARNING"
        ? { text: `${plural(summary.warnings)} warned`, tone: "amber" as const }
        : summary.worst === "PASSED"
          ? { text: `${summary.passed}/${summary.total} checks passed`, tone: "green" as const }
          : { text: `${plural(summary.total)} not run`, tone: "neutral" as const };
  return (
    <Badge tone={tone} className={cx("shrink-0", className)} title={`Checks: ${text}`}>
      {summary.worst === "FAILED" || summary.worst === "WARNING" ? (
        <AlertIcon size={11} />
      ) : (
        <CheckCircleIcon size={11} />
      )}
      {compact ? (
        <>
          <span aria-hidden="true">
            {summary.worst === "FAILED"
              ? summary.failed
              : summary.worst === "WARNING"
                ? summary.warnings
                : `${summary.passed}/${summary.total}`}
          </span>
          <span className="sr-only">{text}</span>
        </>
      ) : (
        text
      )}
    </Badge>
  );
}
