// The schedule page header: name and switch, description, and the facts of its definition (cron, zone, target,
// catchup, maxActiveRuns).
import { RunTags } from "../runs/RunTags";
import { Fact } from "../ui/Fact";
import { CronSummary } from "./CronSummary";
import { InstigatorHeader } from "./InstigatorHeader";
import { InstigatorTarget } from "./InstigatorTarget";
import type { Schedule } from "./useSchedules";

export function ScheduleHeader({ schedule }: { schedule: Schedule }) {
  return (
    <InstigatorHeader
      kind="schedule"
      instigator={schedule}
      lead={
        <>
          <Fact label="Cron">
            <CronSummary schedule={schedule} />
          </Fact>
          <Fact label="Target">
            <InstigatorTarget target={schedule} />
          </Fact>
        </>
      }
      more={
        <>
          <Fact label="Catchup">
            {schedule.catchup ? "On: missed ticks are launched" : "Off: only the latest missed tick is launched"}
          </Fact>
          <Fact label="Max active runs">
            {schedule.maxActiveRuns ?? <span className="text-neutral-500">No limit</span>}
          </Fact>
        </>
      }
      footer={
        schedule.tags.length > 0 && (
          <dl className="mt-2.5 text-[13px]">
            <Fact label="Tags" inline>
              <RunTags tags={schedule.tags} />
            </Fact>
          </dl>
        )
      }
    />
  );
}
