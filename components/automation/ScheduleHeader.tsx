// The schedule page header: name and switch, description, and the facts of its definition (cron, zone, target,
// catchup, maxActiveRuns).
import type { Schedule } from "./useSchedules";
import { RunTags } from "../runs/RunTags";
import { Breadcrumbs } from "../ui/Breadcrumbs";
import { Fact } from "../ui/Fact";
import { CronSummary } from "./CronSummary";
import { InstigatorSwitch } from "./InstigatorSwitch";
import { InstigatorTarget } from "./InstigatorTarget";

export function ScheduleHeader({ schedule }: { schedule: Schedule }) {
  return (
    <header className="border-b border-neutral-200 bg-white px-6 pt-4 pb-4">
      <Breadcrumbs crumbs={[{ label: "Automation", href: "/automation" }, { label: schedule.name }]} />
      <div className="mt-1.5 flex flex-wrap items-center justify-between gap-4">
        <h1 className="min-w-0 truncate text-xl font-semibold tracking-tight text-neutral-900">{schedule.name}</h1>
        <InstigatorSwitch kind="schedule" codeLocationName={schedule.codeLocationName} name={schedule.name} status={schedule.status} showLabel />
      </div>
      {schedule.description ? (
        <p className="mt-1 max-w-3xl whitespace-pre-wrap text-[13px] leading-5 text-neutral-600">{schedule.description}</p>
      ) : (
        <p className="mt-1 text-[13px] italic text-neutral-400">No description. Add one with the schedule&apos;s <code>description</code> option.</p>
      )}

      <dl className="mt-3 grid grid-cols-[repeat(auto-fill,minmax(190px,1fr))] gap-x-6 gap-y-3 text-[13px]">
        <Fact label="Cron">
          <CronSummary schedule={schedule} />
        </Fact>
        <Fact label="Target">
          <InstigatorTarget target={schedule} />
        </Fact>
        <Fact label="Partitions">{schedule.partitionsDefinition ? schedule.partitionsDefinition.description : <span className="text-neutral-400">Unpartitioned</span>}</Fact>
        <Fact label="Catchup">
          {schedule.catchup ? "On: missed ticks are launched" : "Off: only the latest missed tick is launched"}
        </Fact>
        <Fact label="Max active runs">{schedule.maxActiveRuns ?? <span className="text-neutral-400">No limit</span>}</Fact>
        <Fact label="Code location">{schedule.codeLocationName}</Fact>
      </dl>
      {schedule.tags.length > 0 && (
        <dl className="mt-2.5 text-[13px]">
          <Fact label="Tags" inline>
            <RunTags tags={schedule.tags} />
          </Fact>
        </dl>
      )}
    </header>
  );
}
