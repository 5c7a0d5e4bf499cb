"use client";
// The schedules and sensors that launch a job, in the Automation page's tables: status switch, next tick or
// evaluation, last tick, and Test.
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { SchedulesTable } from "../automation/SchedulesTable";
import { SensorsTable } from "../automation/SensorsTable";
import { useSchedules } from "../automation/useSchedules";
import { useSensors } from "../automation/useSensors";
import { ErrorState } from "../ui/ErrorState";
import { TableSkeleton } from "../ui/Skeleton";

export function JobAutomation({ jobName }: { jobName: string }) {
  const schedules = useSchedules();
  const sensors = useSensors();
  if (schedules.isPending || sensors.isPending) return <TableSkeleton rows={2} label="Loading schedules and sensors" />;
  if (schedules.isError || sensors.isError)
    return (
      <ErrorState
        title="Could not load this job's schedules and sensors"
        message={errorMessage(schedules.error ?? sensors.error)}
      />
    );
  const ofJob = <T extends { jobName: string | null }>(data: { results: T[] } | { message: string }) =>
    "results" in data ? data.results.filter((item) => item.jobName === jobName) : [];
  const jobSchedules = ofJob(schedules.data);
  const jobSensors = ofJob(sensors.data);
  if (jobSchedules.length === 0 && jobSensors.length === 0)
    return (
      <div className="rounded-lg border border-dashed border-neutral-300 bg-white px-4 py-6 text-center text-[13px] text-neutral-500">
        No schedule or sensor launches this job. Give one <code className="font-mono">target: </code>this job to run it
        on a cron or when something happens.
      </div>
    );
  return (
    <div className="flex flex-col gap-3">
      {jobSchedules.length > 0 && <SchedulesTable schedules={jobSchedules} />}
      {jobSensors.length > 0 && <SensorsTable sensors={jobSensors} />}
    </div>
  );
}
