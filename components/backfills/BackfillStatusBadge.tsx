// A backfill's status as a colored badge; moving statuses pulse.
import type { BackfillStatus } from "../../graphql/client/generated/graphql";
import { Badge } from "../ui/Badge";
import { cx } from "../ui/cx";
import { backfillStatusDot, backfillStatusLabel, backfillStatusTone } from "./backfillStatus";

export function BackfillStatusBadge({ status, className }: { status: BackfillStatus; className?: string }) {
  return (
    <Badge tone={backfillStatusTone[status]} className={className}>
      <span aria-hidden="true" className={cx("size-1.5 rounded-full", backfillStatusDot[status])} />
      {backfillStatusLabel[status]}
    </Badge>
  );
}
