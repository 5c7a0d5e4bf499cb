"use client";
// The jobs list (/jobs): every job of the loaded code locations, each a row with a way into the launchpad.
import Link from "next/link";
import { PageHeader } from "../shell/PageHeader";
import { EmptyState } from "../ui/EmptyState";
import { ListIcon } from "../ui/icons";
import { QueryState } from "../ui/QueryState";
import { TableSkeleton } from "../ui/Skeleton";
import { ExternalJobsSection } from "./ExternalJobsSection";
import { JobsTable } from "./JobsTable";
import { useJobs } from "./useJobs";

export function JobsPage() {
  const jobs = useJobs();

  return (
    <div className="mx-auto flex max-w-[1400px] flex-col px-6 pt-6 pb-8">
      <PageHeader
        title="Jobs"
        subtitle="Named selections of assets, launched with their own run config, tags and presets"
      />
      <div className="mt-4">
        <QueryState
          query={jobs}
          skeleton={<TableSkeleton rows={4} label="Loading jobs" />}
          errorTitle="Could not load jobs"
        >
          {(data) =>
            data.length === 0 ? (
              <div className="rounded-lg border border-dashed border-neutral-300 bg-white">
                <EmptyState icon={<ListIcon size={22} />} title="No jobs yet">
                  <p>
                    A job names a selection of assets to run together, with default run config, tags and presets. Define
                    one with{" "}
                    <code className="rounded bg-neutral-100 px-1 py-0.5 font-mono text-[12px] text-neutral-800">
                      job({"{ name, selection }"})
                    </code>{" "}
                    and pass it to{" "}
                    <code className="rounded bg-neutral-100 px-1 py-0.5 font-mono text-[12px] text-neutral-800">
                      defineDefinitions({"{ jobs }"})
                    </code>{" "}
                    in your code location, then reload it on the{" "}
                    <Link href="/deployment" className="font-medium text-accent-700 hover:underline">
                      Deployment
                    </Link>{" "}
                    page.
                  </p>
                </EmptyState>
              </div>
            ) : (
              <>
                <JobsTable jobs={data} />
                <p className="mt-3 text-xs text-neutral-500">
                  {data.length} job{data.length === 1 ? "" : "s"}
                </p>
              </>
            )
          }
        </QueryState>
        <ExternalJobsSection />
      </div>
    </div>
  );
}
