// A schedule's cron: in words when it has a common shape, with the cron itself and its time zone underneath.
import type { Schedule } from "./useSchedules";

export function CronSummary({
  schedule,
}: {
  schedule: Pick<Schedule, "cronSchedule" | "cronDescription" | "executionTimezone">;
}) {
  return (
    <div>
      <div className="text-neutral-900">
        {schedule.cronDescription ?? <code className="font-mono text-xs">{schedule.cronSchedule}</code>}
      </div>
      <div className="mt-0.5 text-xs text-neutral-500">
        {schedule.cronDescription && (
          <code className="font-mono text-[11px] text-neutral-600">{schedule.cronSchedule}</code>
        )}
        {schedule.cronDescription && " · "}
        {schedule.executionTimezone}
      </div>
    </div>
  );
}
