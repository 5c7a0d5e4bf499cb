// The schedules table: an on/off switch and the name, the cron in words, what it launches, when it ticks next and how
// its last tick went.
import { CronSummary } from "./CronSummary";
import { InstigatorsTable } from "./InstigatorsTable";
import { InstigatorTarget } from "./InstigatorTarget";
import { NextTick } from "./NextTick";
import type { Schedule } from "./useSchedules";

export function SchedulesTable({ schedules }: { schedules: readonly Schedule[] }) {
  return (
    <InstigatorsTable
      kind="schedule"
      items={schedules}
      trigger={{ header: "Cron", width: "w-52", cell: (schedule) => <CronSummary schedule={schedule} /> }}
      target={{ width: "w-64", cell: (schedule) => <InstigatorTarget target={schedule} /> }}
      timing={{ header: "Next tick", width: "w-56", cell: (schedule) => <NextTick schedule={schedule} /> }}
    />
  );
}
