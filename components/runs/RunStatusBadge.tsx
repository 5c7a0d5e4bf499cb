// A run's status as a colored badge; in-progress statuses pulse.
import type { RunStatus } from "../../graphql/client/generated/graphql";
import { Badge } from "../ui/Badge";
import { cx } from "../ui/cx";
import { runStatusDot, runStatusLabel, runStatusTone } from "./runStatus";

export function RunStatusBadge({ status, className }: { status: RunStatus; className?: string }) {
  return (
    <Badge tone={runStatusTone[status]} className={className}>
      <span aria-hidden="true" className={cx("size-1.5 rounded-full", runStatusDot[status])} />
      {runStatusLabel[status]}
    </Badge>
  );
}
