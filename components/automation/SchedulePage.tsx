"use client";
// One schedule (/automation/schedules/<location>/<name>): header with its switch, the next ticks, and the tick history.
// Polls while the schedule runs, so a tick shows up as the daemon evaluates it.
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { NEXT_TICKS, type Schedule } from "./useSchedules";
import { useSchedule } from "./useSchedules";
import { useScheduleTicks } from "./useSchedules";
import { ErrorState } from "../ui/ErrorState";
import { InstigatorNotFound } from "./InstigatorNotFound";
import { InstigatorPageSkeleton } from "./InstigatorPageSkeleton";
import { ScheduleHeader } from "./ScheduleHeader";
import { SideCard } from "./SideCard";
import { TickHistory } from "./TickHistory";
import { formatTickTime } from "./tickTimes";
import { UpcomingTicks } from "./UpcomingTicks";

export function SchedulePage({ codeLocationName, scheduleName }: { codeLocationName: string; scheduleName: string }) {
  const query = useSchedule({ codeLocationName, scheduleName });

  if (query.isPending) return <InstigatorPageSkeleton label="Loading schedule" />;
  if (query.isError) {
    return (
      <div className="px-6 py-10">
        <ErrorState title="Could not load this schedule" message={errorMessage(query.error)} onRetry={() => void query.refetch()} />
      </div>
    );
  }
  if (query.data.__typename === "ScheduleNotFoundError") return <InstigatorNotFound title="Schedule not found" message={query.data.message} />;
  return <ScheduleView schedule={query.data} />;
}

function ScheduleView({ schedule }: { schedule: Schedule }) {
  const running = schedule.status === "RUNNING";
  const ticks = useScheduleTicks({ codeLocationName: schedule.codeLocationName, scheduleName: schedule.name }, running);
  return (
    <div className="min-h-full bg-neutral-50">
      <ScheduleHeader schedule={schedule} />
      <div className="grid grid-cols-1 gap-5 px-6 py-5 lg:grid-cols-[minmax(0,1fr)_340px]">
        <section aria-labelledby="tick-history" className="min-w-0">
          <h2 id="tick-history" className="mb-2 text-[13px] font-semibold text-neutral-800">
            Tick history
          </h2>
          <TickHistory
            ticks={ticks}
            noun="schedule"
            formatTime={(iso) => formatTickTime(iso, schedule.executionTimezone)}
            empty={
              running
                ? "No ticks yet. The first one comes at the next cron time; each appears here with the runs it launched."
                : "No ticks yet. Turn the schedule on and each tick appears here with the runs it launched, or why it skipped."
            }
          />
        </section>
        <SideCard title={`Next ${NEXT_TICKS} ticks`}>
          <UpcomingTicks schedule={schedule} />
        </SideCard>
      </div>
    </div>
  );
}
