"use client";
// One job (/jobs/<name>): header with "Open launchpad"; its asset graph; its presets and default run config; the
// assets it materializes in run order; the schedules and sensors that launch it; its recent runs.
import type { ReactNode } from "react";
import { CodeBlock } from "../ui/CodeBlock";
import { cx } from "../ui/cx";
import { DefinitionNotFound } from "../ui/DefinitionNotFound";
import { QueryState } from "../ui/QueryState";
import { Skeleton } from "../ui/Skeleton";
import { JobAssetList } from "./JobAssetList";
import { JobAutomation } from "./JobAutomation";
import { JobGraph } from "./JobGraph";
import { JobHeader } from "./JobHeader";
import { JobPresetList } from "./JobPresetList";
import { JobRuns } from "./JobRuns";
import type { Job } from "./useJobs";
import { useJob } from "./useJobs";

export function JobPage({ jobName }: { jobName: string }) {
  const query = useJob(jobName);

  return (
    <QueryState
      query={query}
      page
      skeleton={<JobPageSkeleton />}
      errorTitle="Could not load this job"
      notFound={() => <JobNotFound jobName={jobName} />}
    >
      {(job) => <JobView job={job} />}
    </QueryState>
  );
}

function JobView({ job }: { job: Job }) {
  return (
    <div className="min-h-full bg-neutral-50">
      <JobHeader job={job} />
      <div className="flex flex-col gap-5 px-6 py-5">
        <Card title="Asset graph" count={job.assetKeys.length}>
          <JobGraph keys={job.assetKeys} />
        </Card>
        <div className="grid grid-cols-1 gap-5 lg:grid-cols-[minmax(0,1fr)_360px]">
          <div className="flex min-w-0 flex-col gap-5">
            <Card title="Presets" count={job.presets.length}>
              <JobPresetList presets={job.presets} />
            </Card>
            <Card title="Default run config">
              {job.runConfigYaml.trim() ? (
                <CodeBlock>{job.runConfigYaml}</CodeBlock>
              ) : (
                <p className="text-[13px] text-neutral-500">
                  This job sets no default run config: the launchpad starts from an empty document, or from a preset.
                </p>
              )}
            </Card>
          </div>
          <Card title="Assets" count={job.assetKeys.length} className="lg:self-start">
            <JobAssetList keys={job.assetKeys} />
          </Card>
        </div>
        <section aria-labelledby="job-automation">
          <h2 id="job-automation" className="mb-2 text-[13px] font-semibold text-neutral-800">
            Schedules and sensors
          </h2>
          <JobAutomation jobName={job.name} />
        </section>
        <section aria-labelledby="job-runs">
          <h2 id="job-runs" className="mb-2 text-[13px] font-semibold text-neutral-800">
            Recent runs
          </h2>
          <JobRuns jobName={job.name} />
        </section>
      </div>
    </div>
  );
}

function Card({
  title,
  count,
  className,
  children,
}: {
  title: string;
  count?: number;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-label={title} className={cx("rounded-lg border border-neutral-200 bg-white shadow-xs", className)}>
      <h2 className="border-b border-neutral-100 px-4 py-2.5 text-[13px] font-semibold text-neutral-800">
        {title}
        {count !== undefined && (
          <span className="ml-1.5 rounded bg-neutral-100 px-1 text-[11px] font-normal text-neutral-600">{count}</span>
        )}
      </h2>
      <div className="px-4 py-3">{children}</div>
    </section>
  );
}

function JobNotFound({ jobName }: { jobName: string }) {
  return (
    <DefinitionNotFound title="Job not found" back={{ href: "/jobs", label: "Back to jobs" }}>
      <p>
        No job named{" "}
        <code className="rounded bg-neutral-100 px-1 py-0.5 font-mono text-[12px] text-neutral-800">{jobName}</code> is
        defined in any loaded code location.
      </p>
    </DefinitionNotFound>
  );
}

function JobPageSkeleton() {
  return (
    <div role="status" aria-label="Loading job" className="min-h-full bg-neutral-50">
      <div className="border-b border-neutral-200 bg-white px-6 py-5">
        <Skeleton className="h-3 w-32" />
        <Skeleton className="mt-3 h-6 w-64" />
        <Skeleton className="mt-3 h-4 w-2/3" />
        <Skeleton className="mt-5 h-10 w-full" />
      </div>
      <div className="grid grid-cols-1 gap-5 px-6 py-5 lg:grid-cols-[minmax(0,1fr)_360px]">
        <Skeleton className="h-64 w-full" />
        <Skeleton className="h-48 w-full" />
      </div>
      <div className="px-6">
        <Skeleton className="h-32 w-full" />
      </div>
    </div>
  );
}
