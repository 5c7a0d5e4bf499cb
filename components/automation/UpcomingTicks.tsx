"use client";
import { useNow } from "../ui/useNow";
import { formatTickTime, formatTimeUntil } from "./tickTimes";
// The next ticks of a schedule, in its own time zone and as time from now; a stopped schedule says they wait on it.
import type { Schedule } from "./useSchedules";

export function UpcomingTicks({ schedule }: { schedule: Schedule }) {
  const now = useNow(15_000);
  const running = schedule.status === "RUNNING";
  return (
    <div>
      {!running && (
        <p className="mb-2 text-[13px] text-neutral-500">Stopped: these ticks happen once the schedule is turned on.</p>
      )}
      <ol aria-label="Upcoming ticks" className="divide-y divide-neutral-100">
        {schedule.nextTickTimes.map((time, i) => (
          <li key={time} className="flex items-baseline justify-between gap-4 py-1.5 text-[13px]">
            <span className="flex items-baseline gap-2">
              <span className="w-4 text-right text-[11px] text-neutral-500 tabular-nums">{i + 1}</span>
              <time dateTime={time} className={running ? "text-neutral-900" : "text-neutral-500"}>
                {formatTickTime(time, schedule.executionTimezone, now)}
              </time>
            </span>
            <span className="text-xs text-neutral-500 tabular-nums">{formatTimeUntil(time, now)}</span>
          </li>
        ))}
      </ol>
      {schedule.nextTickTimes.length === 0 && (
        <p className="text-[13px] text-neutral-500">This cron does not fire within 30 years.</p>
      )}
    </div>
  );
}
