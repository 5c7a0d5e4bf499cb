"use client";
// /launchpad: what to launch comes from the URL — ?job=<name>, ?selection=<text>, or ?fromRun=<id> to relaunch a
// run with its config, tags and partition — and the launchpad opens once its config schema has loaded.
import { useSearchParams } from "next/navigation";
import { useMemo } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { isReservedTag } from "../../lib/core/reservedTags";
import { runPageHref, shortRunId } from "../runs/runLinks";
import type { RunDetail } from "../runs/useRun";
import { useRun } from "../runs/useRun";
import { Breadcrumbs, type Crumb } from "../ui/Breadcrumbs";
import { EmptyState } from "../ui/EmptyState";
import { ErrorState } from "../ui/ErrorState";
import { PlayIcon } from "../ui/icons";
import { Skeleton } from "../ui/Skeleton";
import { Launchpad, type LaunchpadStart } from "./Launchpad";
import type { RunConfigSchemaResult, RunConfigTarget } from "./useLaunchpad";
import { useRunConfigSchema } from "./useLaunchpad";

export function LaunchpadPage() {
  const params = useSearchParams();
  const job = params.get("job");
  const selection = params.get("selection");
  const fromRun = params.get("fromRun");
  const run = useRun(fromRun ?? "");
  const parent = fromRun && run.data?.__typename === "Run" ? run.data : null;

  const target = useMemo<RunConfigTarget | null>(() => {
    if (job) return { jobName: job };
    if (selection) return { selection };
    if (parent)
      return parent.jobName
        ? { jobName: parent.jobName }
        : { assetSelection: parent.assetSelection.map((k) => ({ path: k.path })) };
    return null;
  }, [job, parent, selection]);
  const schema = useRunConfigSchema(target);

  if (!job && !selection && !fromRun) {
    return (
      <Frame crumbs={[{ label: "Launchpad" }]} title="Launchpad">
        <EmptyState icon={<PlayIcon size={20} />} title="Choose what to launch">
          Open the launchpad from a job, an asset page or the lineage graph, or relaunch a run from its page.
        </EmptyState>
      </Frame>
    );
  }
  if (fromRun && (run.isError || run.data?.__typename === "RunNotFoundError")) {
    return (
      <Frame crumbs={[{ label: "Launchpad" }]} title="Launchpad">
        <ErrorState
          title="Run not found"
          message={run.isError ? errorMessage(run.error) : `No run with id ${fromRun}.`}
        />
      </Frame>
    );
  }
  const result = schema.data;
  const crumbs: Crumb[] = target?.jobName
    ? [
        { label: "Jobs", href: "/jobs" },
        { label: target.jobName, href: `/jobs/${encodeURIComponent(target.jobName)}` },
        { label: "Launchpad" },
      ]
    : [{ label: "Launchpad" }];
  const title =
    target?.jobName ??
    (selection ? `Materialize ${selection}` : parent ? `Relaunch run ${shortRunId(parent.runId)}` : "Launchpad");

  if (schema.isError || (result && result.__typename !== "RunConfigSchema")) {
    return (
      <Frame crumbs={crumbs} title={title}>
        <ErrorState
          title="Cannot open the launchpad"
          message={schema.isError ? errorMessage(schema.error) : (result as { message: string }).message}
          onRetry={() => void schema.refetch()}
        />
      </Frame>
    );
  }
  if (!result || !target) {
    return (
      <Frame crumbs={crumbs} title={title}>
        <div role="status" aria-label="Loading the launchpad" className="flex flex-1 gap-4 p-4">
          <Skeleton className="h-full flex-1" />
          <Skeleton className="h-full w-[380px]" />
        </div>
      </Frame>
    );
  }
  return (
    <Frame crumbs={crumbs} title={title} subtitle={subtitleOf(result, parent)}>
      <Launchpad key={JSON.stringify(target)} target={target} schema={result} start={startOf(result, parent)} />
    </Frame>
  );
}

function startOf(result: RunConfigSchemaResult, parent: RunDetail | null): LaunchpadStart {
  if (!parent) return { runConfigYaml: result.defaultRunConfigYaml, tags: [], partitionKey: null };
  // Tags Strata set (partition, backfill, schedule) are its own, and the launch would refuse them: a relaunch gets fresh ones.
  return {
    runConfigYaml: parent.runConfigYaml,
    tags: parent.tags.filter((t) => !isReservedTag(t.key)),
    partitionKey: parent.partitionKey,
  };
}

function subtitleOf(result: RunConfigSchemaResult, parent: RunDetail | null) {
  const what = `${result.assetKeys.length} asset${result.assetKeys.length === 1 ? "" : "s"} in ${result.codeLocationName}`;
  if (parent) {
    return (
      <>
        {what}, starting from the config of{" "}
        <a href={runPageHref(parent.runId)} className="font-mono text-accent-700 hover:underline">
          run {shortRunId(parent.runId)}
        </a>
      </>
    );
  }
  return result.job?.description ? `${result.job.description} · ${what}` : what;
}

function Frame({
  crumbs,
  title,
  subtitle,
  children,
}: {
  crumbs: Crumb[];
  title: string;
  subtitle?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <div className="flex h-full min-h-0 flex-col bg-neutral-50">
      <header className="border-b border-neutral-200 bg-white px-6 pt-4 pb-3">
        <Breadcrumbs crumbs={crumbs} />
        <h1 className="mt-1 text-lg font-semibold tracking-tight text-neutral-900">{title}</h1>
        {subtitle && <p className="mt-0.5 text-[13px] text-neutral-500">{subtitle}</p>}
      </header>
      {children}
    </div>
  );
}
