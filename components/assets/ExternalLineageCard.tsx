"use client";
// Where an asset stands in lineage outside Strata: the OpenLineage dataset behind it, the external jobs that write
// and read it (a dbt model, an Airflow task) with their parent (the dbt invocation, the DAG run), their latest runs,
// and why the latest failed. Rendered only for assets that OpenLineage events mention.
import { useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type { AssetExternalLineageQuery } from "../../graphql/client/generated/graphql";
import { queryKeys } from "../../graphql/client/queryKeys";
import { Badge, type BadgeTone } from "../ui/Badge";
import { RelativeTime } from "../ui/RelativeTime";

const AssetExternalLineageQueryDocument = graphql(`
  query AssetExternalLineage($assetKey: AssetKeyInput!) {
    assetNodeOrError(assetKey: $assetKey) {
      __typename
      ... on AssetNode {
        id
        externalLineage {
          namespace
          name
          producers {
            label
            parentLabel
            latestRuns(limit: 5) {
              runId
              state
              startTime
              endTime
              lastEventTime
              errorMessage
              parentRun {
                runId
                jobLabel
                state
                childRuns(limit: 500) { state }
              }
            }
          }
          consumers { label parentLabel latestState }
        }
      }
    }
  }
`);

type Lineage = NonNullable<
  Extract<AssetExternalLineageQuery["assetNodeOrError"], { __typename: "AssetNode" }>["externalLineage"]
>;
type ExternalRun = Lineage["producers"][number]["latestRuns"][number];

const stateTone: Record<string, BadgeTone> = {
  START: "blue",
  RUNNING: "blue",
  COMPLETE: "green",
  FAIL: "red",
  ABORT: "amber",
  OTHER: "neutral",
};

const stateLabel: Record<string, string> = {
  START: "Running",
  RUNNING: "Running",
  COMPLETE: "Complete",
  FAIL: "Failed",
  ABORT: "Aborted",
  OTHER: "Reported",
};

function StateBadge({ state }: { state: string | null | undefined }) {
  if (!state) return null;
  return <Badge tone={stateTone[state] ?? "neutral"}>{stateLabel[state] ?? state}</Badge>;
}

export function useAssetExternalLineage(path: readonly string[]) {
  return useQuery({
    queryKey: queryKeys.assetExternalLineage(path),
    queryFn: ({ signal }) =>
      fetchGraphQL(AssetExternalLineageQueryDocument, { assetKey: { path: [...path] } }, { signal }).then((d) =>
        d.assetNodeOrError.__typename === "AssetNode" ? d.assetNodeOrError.externalLineage : null,
      ),
    refetchInterval: 5_000,
  });
}

function ParentSummary({ run }: { run: NonNullable<ExternalRun["parentRun"]> }) {
  const failed = run.childRuns.filter((c) => c.state === "FAIL").length;
  const done = run.childRuns.filter((c) => c.state === "COMPLETE").length;
  return (
    <p className="text-xs text-neutral-500">
      Part of <span className="font-mono text-neutral-700">{run.jobLabel}</span> ({run.childRuns.length} runs: {done}{" "}
      complete{failed > 0 ? `, ${failed} failed` : ""}) <StateBadge state={run.state} />
    </p>
  );
}

function RunRow({ run }: { run: ExternalRun }) {
  return (
    <li className="rounded-md border border-neutral-200 bg-neutral-50 px-2.5 py-2">
      <div className="flex items-center justify-between gap-2">
        <StateBadge state={run.state} />
        <RelativeTime timestamp={run.endTime ?? run.lastEventTime} className="text-xs text-neutral-500" />
      </div>
      <div className="mt-1 truncate font-mono text-[11px] text-neutral-500" title={`OpenLineage run ${run.runId}`}>
        run {run.runId.slice(0, 8)}
      </div>
      {run.errorMessage && <p className="mt-1 text-xs break-words text-red-700">{run.errorMessage}</p>}
    </li>
  );
}

export function ExternalLineageCard({ lineage }: { lineage: Lineage }) {
  return (
    <div className="space-y-3 text-[13px]">
      {lineage.namespace && (
        <dl className="grid grid-cols-[80px_minmax(0,1fr)] gap-x-2 gap-y-1 text-xs">
          <dt className="text-neutral-500">Namespace</dt>
          <dd className="truncate font-mono text-neutral-800" title={lineage.namespace}>
            {lineage.namespace}
          </dd>
          <dt className="text-neutral-500">Dataset</dt>
          <dd className="truncate font-mono text-neutral-800" title={lineage.name ?? ""}>
            {lineage.name}
          </dd>
        </dl>
      )}
      {lineage.producers.map((job) => (
        <section key={job.label} aria-label={`Written by ${job.label}`} className="space-y-1.5">
          <h3 className="text-xs font-medium text-neutral-700">
            Written by <span className="font-mono">{job.label}</span>
          </h3>
          {job.latestRuns[0]?.parentRun && <ParentSummary run={job.latestRuns[0].parentRun} />}
          <ul className="space-y-1.5">
            {job.latestRuns.slice(0, 3).map((run) => (
              <RunRow key={run.runId} run={run} />
            ))}
          </ul>
        </section>
      ))}
      {lineage.consumers.length > 0 && (
        <section aria-label="Read by" className="space-y-1">
          <h3 className="text-xs font-medium text-neutral-700">Read by</h3>
          <ul className="space-y-1">
            {lineage.consumers.map((job) => (
              <li key={job.label} className="flex items-center justify-between gap-2 text-xs">
                <span className="truncate font-mono text-neutral-700" title={job.label}>
                  {job.label}
                </span>
                <StateBadge state={job.latestState} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
