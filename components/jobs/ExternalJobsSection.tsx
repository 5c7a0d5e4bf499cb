"use client";
// Jobs outside Strata seen in OpenLineage events (dbt models, Airflow tasks), grouped under their parent job (the dbt
// invocation, the Airflow DAG), each with its latest state and the assets it writes.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type { ExternalJobsQuery } from "../../graphql/client/generated/graphql";
import { queryKeys } from "../../graphql/client/queryKeys";
import { assetPageHref } from "../assets/assetLinks";
import { Badge, type BadgeTone } from "../ui/Badge";
import { RelativeTime } from "../ui/RelativeTime";

const ExternalJobsQueryDocument = graphql(`
  query ExternalJobs {
    externalJobs {
      label
      parentLabel
      latestState
      latestEventTime
      outputKeys { path }
    }
  }
`);

type ExternalJob = ExternalJobsQuery["externalJobs"][number];

const stateTone: Record<string, BadgeTone> = {
  COMPLETE: "green",
  FAIL: "red",
  START: "blue",
  RUNNING: "blue",
  ABORT: "amber",
};
const stateLabel: Record<string, string> = {
  COMPLETE: "Complete",
  FAIL: "Failed",
  START: "Running",
  RUNNING: "Running",
  ABORT: "Aborted",
};

function groups(jobs: readonly ExternalJob[]): [string, ExternalJob[]][] {
  const parents = new Set(jobs.map((j) => j.parentLabel).filter((p): p is string => p !== null));
  const byParent = new Map<string, ExternalJob[]>();
  for (const job of jobs) {
    // A parent is the heading of its group, not a row of another.
    if (parents.has(job.label) && job.parentLabel === null) continue;
    const parent = job.parentLabel ?? "Without a parent";
    byParent.set(parent, [...(byParent.get(parent) ?? []), job]);
  }
  return [...byParent];
}

export function ExternalJobsSection() {
  const jobs = useQuery({
    queryKey: queryKeys.externalJobs,
    queryFn: ({ signal }) => fetchGraphQL(ExternalJobsQueryDocument, {}, { signal }).then((d) => d.externalJobs),
  });
  if (!jobs.data || jobs.data.length === 0) return null;
  return (
    <section aria-labelledby="external-jobs" className="mt-8">
      <h2 id="external-jobs" className="text-sm font-semibold text-neutral-900">
        External jobs
      </h2>
      <p className="mt-0.5 text-xs text-neutral-500">
        Jobs outside Strata that sent OpenLineage events, under the run that started them.
      </p>
      {groups(jobs.data).map(([parent, children]) => (
        <div key={parent} className="mt-3 rounded-lg border border-neutral-200 bg-white">
          <h3 className="border-b border-neutral-100 px-4 py-2 font-mono text-[12px] font-medium text-neutral-800">
            {parent}
          </h3>
          <ul aria-label={`Jobs under ${parent}`} className="divide-y divide-neutral-100">
            {children.map((job) => (
              <li
                key={job.label}
                className="grid grid-cols-[minmax(0,2fr)_96px_minmax(0,2fr)_120px] items-center gap-3 px-4 py-1.5 text-xs"
              >
                <span className="truncate font-mono text-neutral-800" title={job.label}>
                  {job.label}
                </span>
                <span>
                  {job.latestState && (
                    <Badge tone={stateTone[job.latestState] ?? "neutral"}>
                      {stateLabel[job.latestState] ?? job.latestState}
                    </Badge>
                  )}
                </span>
                <span className="truncate">
                  {job.outputKeys.map((key) => (
                    <Link
                      key={key.path.join("/")}
                      href={assetPageHref(key.path)}
                      className="mr-2 text-accent-700 hover:underline"
                    >
                      {key.path.at(-1)}
                    </Link>
                  ))}
                </span>
                <span className="text-right text-neutral-500">
                  {job.latestEventTime && <RelativeTime timestamp={job.latestEventTime} />}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
