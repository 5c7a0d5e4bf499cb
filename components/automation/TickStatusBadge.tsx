// A tick's status as a colored badge: Success (it launched its runs), Skipped, Failure, or Started while it launches.
import type { TickStatus } from "../../graphql/client/generated/graphql";
import { Badge } from "../ui/Badge";
import { cx } from "../ui/cx";
import { tickStatusDot, tickStatusLabel, tickStatusTone } from "./tickStatus";

export function TickStatusBadge({
  status,
  className,
  title,
}: {
  status: TickStatus;
  className?: string;
  title?: string;
}) {
  return (
    <Badge tone={tickStatusTone[status]} className={className} title={title}>
      <span aria-hidden="true" className={cx("size-1.5 rounded-full", tickStatusDot[status])} />
      {tickStatusLabel[status]}
    </Badge>
  );
}
