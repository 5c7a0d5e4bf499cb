// What a schedule launches: its job (linked) or its selection, how many assets, and the partitions a tick picks from.
import Link from "next/link";
import type { Schedule } from "../../graphql/client/schedules";
import { jobPageHref } from "../jobs/jobLinks";

export function ScheduleTarget({ schedule }: { schedule: Pick<Schedule, "jobName" | "selection" | "assetKeys"> }) {
  const count = `${schedule.assetKeys.length} asset${schedule.assetKeys.length === 1 ? "" : "s"}`;
  return (
    <div className="min-w-0">
      {schedule.jobName ? (
        <span className="text-neutral-500">
          Job{" "}
          <Link href={jobPageHref(schedule.jobName)} className="font-medium text-accent-700 hover:underline">
            {schedule.jobName}
          </Link>
        </span>
      ) : (
        <code className="break-all font-mono text-xs text-neutral-800" title="Selection">
          {schedule.selection}
        </code>
      )}
      <div className="mt-0.5 text-xs text-neutral-500">{count}</div>
    </div>
  );
}
