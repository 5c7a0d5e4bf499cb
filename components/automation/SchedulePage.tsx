"use client";
// One schedule (/automation/schedules/<location>/<name>): header with its switch, the next ticks, and the tick history.
// Polls while the schedule runs, so a tick shows up as the daemon evaluates it.
import { InstigatorPageLayout, InstigatorQueryPage } from "./InstigatorPage";
import { ScheduleHeader } from "./ScheduleHeader";
import { formatTickTime } from "./tickTimes";
import { UpcomingTicks } from "./UpcomingTicks";
import { NEXT_TICKS, type Schedule, useSchedule, useScheduleTicks } from "./useSchedules";

export function SchedulePage({ codeLocationName, scheduleName }: { codeLocationName: string; scheduleName: string }) {
  const query = useSchedule({ codeLocationName, scheduleName });
  return (
    <InstigatorQueryPage kind="schedule" query={query}>
      {(schedule) => <ScheduleView schedule={schedule} />}
    </InstigatorQueryPage>
  );
}

function ScheduleView({ schedule }: { schedule: Schedule }) {
  const running = schedule.status === "RUNNING";
  const ticks = useScheduleTicks({ codeLocationName: schedule.codeLocationName, scheduleName: schedule.name }, running);
  return (
    <InstigatorPageLayout
      header={<ScheduleHeader schedule={schedule} />}
      history={{
        ticks,
        noun: "schedule",
        formatTime: (iso) => formatTickTime(iso, schedule.executionTimezone),
        empty: running
          ? "No ticks yet. The first one comes at the next cron time; each appears here with the runs it launched."
          : "No ticks yet. Turn the schedule on and each tick appears here with the runs it launched, or why it skipped.",
      }}
      side={{ title: `Next ${NEXT_TICKS} ticks`, content: <UpcomingTicks schedule={schedule} /> }}
    />
  );
}
