"use client";
// The run page header: status, id, live duration, who launched it, its job, partition and tags, and Cancel / Open in
// launchpad / Re-execute.
import Link from "next/link";
import { useState } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { usePermission } from "../auth/useViewer";
import { refusedControlProps } from "../auth/viewerPermission";
import { jobPageHref } from "../jobs/jobLinks";
import { launchpadHref } from "../launchpad/launchpadLinks";
import { Breadcrumbs } from "../ui/Breadcrumbs";
import { Button } from "../ui/Button";
import { ButtonLink } from "../ui/ButtonLink";
import { Fact } from "../ui/Fact";
import { formatAbsoluteTime } from "../ui/formatTime";
import { AlertIcon, ClockIcon, CloseIcon, PlayIcon } from "../ui/icons";
import { RelativeTime } from "../ui/RelativeTime";
import { ReexecuteMenu } from "./ReexecuteMenu";
import { RunAssetKeys } from "./RunAssetKeys";
import { RunDuration } from "./RunDuration";
import { RunStatusBadge } from "./RunStatusBadge";
import { RunTags } from "./RunTags";
import { runPageHref, shortRunId } from "./runLinks";
import { canCancel } from "./runStatus";
import type { RunDetail } from "./useRun";
import { useTerminateRun } from "./useTerminateRun";

export function RunHeader({ run, selectedSteps }: { run: RunDetail; selectedSteps: ReadonlySet<string> }) {
  const terminate = useTerminateRun();
  const [cancelProblem, setCancelProblem] = useState<string | null>(null);
  const { refusal: cancelRefusal } = usePermission("TERMINATE_RUNS");

  const onCancel = () => {
    if (cancelRefusal) return;
    setCancelProblem(null);
    terminate.mutate(run.runId, {
      onSuccess: (result) => {
        if (result.__typename !== "TerminateRunSuccess") setCancelProblem(result.message);
      },
      onError: (error) => setCancelProblem(errorMessage(error)),
    });
  };

  return (
    <header className="border-b border-neutral-200 bg-white px-6 pt-4 pb-4">
      <Breadcrumbs
        crumbs={[
          { label: "Runs", href: "/runs" },
          { label: <span className="font-mono">{shortRunId(run.runId)}</span> },
        ]}
      />
      <div className="mt-1.5 flex flex-wrap items-center justify-between gap-4">
        <div className="flex min-w-0 items-center gap-3">
          <h1 className="truncate text-xl font-semibold tracking-tight text-neutral-900">
            Run <span className="font-mono text-[18px]">{run.runId}</span>
          </h1>
          <span role="status" aria-label="Run status" className="inline-flex">
            <RunStatusBadge status={run.status} className="px-2 py-0.5 text-xs" />
          </span>
        </div>
        <div className="flex shrink-0 items-center gap-2">
          {canCancel(run.status) && (
            <Button
              onClick={onCancel}
              disabled={terminate.isPending}
              className="text-red-700 aria-disabled:text-neutral-400"
              {...refusedControlProps(cancelRefusal)}
            >
              <CloseIcon size={14} />
              {terminate.isPending ? "Canceling…" : "Cancel"}
            </Button>
          )}
          <ButtonLink
            href={launchpadHref({ fromRun: run.runId })}
            title="Open the launchpad with this run's assets, config and tags"
          >
            <PlayIcon size={14} />
            Open in launchpad
          </ButtonLink>
          <ReexecuteMenu run={run} selectedSteps={selectedSteps} />
        </div>
      </div>
      {cancelProblem && (
        <p role="alert" className="mt-2 flex items-center gap-2 text-[13px] text-red-700">
          <AlertIcon size={14} /> Could not cancel: {cancelProblem}
        </p>
      )}
      {run.status === "QUEUED" && run.queuedReason && (
        <p className="mt-2 flex items-center gap-2 rounded-md bg-neutral-100 px-3 py-1.5 text-[13px] text-neutral-700">
          <ClockIcon size={14} className="shrink-0 text-neutral-500" /> Queued: {run.queuedReason}
        </p>
      )}

      <dl className="mt-3 grid grid-cols-[repeat(auto-fill,minmax(180px,1fr))] gap-x-6 gap-y-2.5 text-[13px]">
        <Fact label="Duration">
          <RunDuration start={run.startTime} end={run.endTime} className="tabular-nums" />
        </Fact>
        <Fact label="Created">
          <span title={formatAbsoluteTime(run.creationTime)}>
            <RelativeTime timestamp={run.creationTime} />
          </span>
        </Fact>
        <Fact label="Launched by">{run.launchedBy}</Fact>
        {run.codeHash && (
          <Fact label="Code hash">
            <span className="font-mono text-xs" title={`Code hash ${run.codeHash}: the files the run executed`}>
              {run.codeHash.slice(0, 12)}
            </span>
          </Fact>
        )}
        {run.jobName && (
          <Fact label="Job">
            <Link href={jobPageHref(run.jobName)} className="font-mono text-xs text-accent-700 hover:underline">
              {run.jobName}
            </Link>
          </Fact>
        )}
        <Fact label="Partition">
          <RunPartition run={run} />
        </Fact>
        {run.parentRunId && (
          <Fact label="Re-execution of">
            <Link
              href={runPageHref(run.parentRunId)}
              className="font-mono text-xs text-accent-700 hover:underline"
              title={run.parentRunId}
            >
              {shortRunId(run.parentRunId)}
            </Link>
            {run.parentRun && <RunStatusBadge status={run.parentRun.status} className="ml-1.5" />}
            {run.rootRunId && run.rootRunId !== run.parentRunId && (
              <span className="ml-1.5 text-xs text-neutral-500">
                root{" "}
                <Link href={runPageHref(run.rootRunId)} className="font-mono text-accent-700 hover:underline">
                  {shortRunId(run.rootRunId)}
                </Link>
              </span>
            )}
          </Fact>
        )}
        {run.reexecutions.runs.length > 0 && (
          <Fact label="Re-executions">
            <ul aria-label="Re-executions of this run" className="flex flex-wrap items-center gap-x-3 gap-y-1">
              {run.reexecutions.runs.map((child) => (
                <li key={child.runId} className="inline-flex items-center gap-1.5">
                  <Link
                    href={runPageHref(child.runId)}
                    className="font-mono text-xs text-accent-700 hover:underline"
                    title={`${child.runId}, launched ${formatAbsoluteTime(child.creationTime)}`}
                  >
                    {shortRunId(child.runId)}
                  </Link>
                  <RunStatusBadge status={child.status} />
                </li>
              ))}
              {run.reexecutions.hasMore && <li className="text-xs text-neutral-500">and more</li>}
            </ul>
          </Fact>
        )}
      </dl>
      <dl className="mt-2.5 space-y-2 text-[13px]">
        <Fact label="Assets" inline>
          <RunAssetKeys keys={run.assetSelection} max={8} />
        </Fact>
        <Fact label="Tags" inline>
          <RunTags tags={run.tags} />
        </Fact>
      </dl>
    </header>
  );
}

/** One partition, an inclusive range of them (a single-run backfill), or none. */
function RunPartition({ run }: { run: Pick<RunDetail, "partitionKey" | "partitionRangeStart" | "partitionRangeEnd"> }) {
  if (run.partitionRangeStart && run.partitionRangeEnd && run.partitionRangeStart !== run.partitionRangeEnd) {
    return (
      <span className="font-mono text-xs">
        {run.partitionRangeStart}…{run.partitionRangeEnd}
      </span>
    );
  }
  const key = run.partitionKey ?? run.partitionRangeStart;
  return key ? <span className="font-mono text-xs">{key}</span> : <span className="text-neutral-300">—</span>;
}
