"use client";
import { useNow } from "../ui/useNow";
import { formatTickTime, formatTimeUntil } from "./tickTimes";
// When a schedule ticks next: "in 19h" with the time in the schedule's zone, or that it is stopped.
import type { Schedule } from "./useSchedules";

export function NextTick({ schedule }: { schedule: Pick<Schedule, "status" | "nextTickTimes" | "executionTimezone"> }) {
  const now = useNow(15_000);
  const [next] = schedule.nextTickTimes;
  if (schedule.status !== "RUNNING") return <span className="text-neutral-500">Stopped</span>;
  if (!next) return <span className="text-neutral-500">None within 30 years</span>;
  return (
    <div>
      <time dateTime={next} className="text-neutral-900">
        {formatTickTime(next, schedule.executionTimezone, now)}
      </time>
      <div className="mt-0.5 text-xs text-neutral-500">{formatTimeUntil(next, now)}</div>
    </div>
  );
}
