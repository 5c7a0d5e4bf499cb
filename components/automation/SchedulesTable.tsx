// The schedules table: an on/off switch and the name, the cron in words, what it launches, when it ticks next and how
// its last tick went.
import Link from "next/link";
import type { Schedule } from "./useSchedules";
import { tableHeadClass } from "../ui/table";
import { CronSummary } from "./CronSummary";
import { LastTick } from "./LastTick";
import { NextTick } from "./NextTick";
import { schedulePageHref } from "./automationLinks";
import { InstigatorSwitch } from "./InstigatorSwitch";
import { InstigatorTarget } from "./InstigatorTarget";

export function SchedulesTable({ schedules }: { schedules: readonly Schedule[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-neutral-200 bg-white shadow-xs">
      <table aria-label="Schedules" className="w-full min-w-[1100px] text-left text-[13px]">
        <thead className={tableHeadClass}>
          <tr>
            <th scope="col" className="w-16 px-4 py-2">
              <span className="sr-only">Running</span>
            </th>
            <th scope="col" className="px-3 py-2">Schedule</th>
            <th scope="col" className="w-52 px-3 py-2">Cron</th>
            <th scope="col" className="w-64 px-3 py-2">Target</th>
            <th scope="col" className="w-56 px-3 py-2">Next tick</th>
            <th scope="col" className="w-32 px-3 py-2">Last tick</th>
            <th scope="col" className="w-36 px-4 py-2">Code location</th>
          </tr>
        </thead>
        <tbody>
          {schedules.map((schedule) => (
            <tr key={schedule.id} className="border-b border-neutral-100 align-top last:border-b-0 hover:bg-neutral-50">
              <td className="px-4 py-3">
                <InstigatorSwitch kind="schedule" codeLocationName={schedule.codeLocationName} name={schedule.name} status={schedule.status} />
              </td>
              <td className="max-w-0 px-3 py-3">
                <Link href={schedulePageHref(schedule.codeLocationName, schedule.name)} className="font-medium text-accent-700 hover:underline">
                  {schedule.name}
                </Link>
                {schedule.description ? (
                  <p className="mt-0.5 line-clamp-2 text-xs leading-5 text-neutral-600" title={schedule.description}>
                    {schedule.description}
                  </p>
                ) : (
                  <p className="mt-0.5 text-xs italic text-neutral-400">No description</p>
                )}
              </td>
              <td className="px-3 py-3">
                <CronSummary schedule={schedule} />
              </td>
              <td className="max-w-0 px-3 py-3">
                <InstigatorTarget target={schedule} />
                {schedule.partitionsDefinition && (
                  <div className="mt-0.5 truncate text-xs text-neutral-500" title={schedule.partitionsDefinition.description}>
                    {schedule.partitionsDefinition.description}
                  </div>
                )}
              </td>
              <td className="px-3 py-3">
                <NextTick schedule={schedule} />
              </td>
              <td className="px-3 py-3">
                <LastTick tick={schedule.lastTick} />
              </td>
              <td className="truncate px-4 py-3 text-neutral-700" title={schedule.codeLocationName}>
                {schedule.codeLocationName}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
