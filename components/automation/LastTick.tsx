// A schedule's or sensor's most recent tick: its status, when it was, and why it skipped or failed on hover.

import { RelativeTime } from "../ui/RelativeTime";
import { TickStatusBadge } from "./TickStatusBadge";
import type { Tick } from "./useInstigatorQueries";

export function LastTick({ tick }: { tick: Tick | null }) {
  if (!tick) return <span className="text-neutral-500">None yet</span>;
  return (
    <div className="flex flex-col items-start gap-0.5">
      <TickStatusBadge status={tick.status} title={tick.skipReason ?? tick.error ?? undefined} />
      <RelativeTime timestamp={tick.tickTime} className="text-xs text-neutral-500" />
    </div>
  );
}
