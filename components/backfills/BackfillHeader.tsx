"use client";
// The backfill page header: id and status, Cancel while it runs, "Retry failed" once it finished with failures,
// what it targets, and its progress over runs.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { usePermission } from "../auth/useViewer";
import { refusedControlProps } from "../auth/viewerPermission";
import { RunDuration } from "../runs/RunDuration";
import { RunTags } from "../runs/RunTags";
import { Breadcrumbs } from "../ui/Breadcrumbs";
import { Button } from "../ui/Button";
import { Fact } from "../ui/Fact";
import { formatAbsoluteTime } from "../ui/formatTime";
import { AlertIcon, CloseIcon, RefreshIcon } from "../ui/icons";
import { RelativeTime } from "../ui/RelativeTime";
import { BackfillProgressBar } from "./BackfillProgressBar";
import { BackfillStatusBadge } from "./BackfillStatusBadge";
import { backfillPageHref, shortBackfillId } from "./backfillLinks";
import { isBackfillFinished } from "./backfillStatus";
import { useCancelBackfill, useRetryBackfill } from "./useBackfillMutations";
import type { BackfillDetail } from "./useBackfills";

export function BackfillHeader({ backfill }: { backfill: BackfillDetail }) {
  const router = useRouter();
  const cancel = useCancelBackfill();
  const retry = useRetryBackfill();
  const [problem, setProblem] = useState<string | null>(null);
  const { progress } = backfill;
  // What retryBackfill relaunches: the failed and skipped partitions.
  const hasFailures = progress.numFailed + progress.numSkipped > 0;
  const canRetry = isBackfillFinished(backfill.status) && hasFailures;
  const { refusal: cancelRefusal } = usePermission("CANCEL_BACKFILLS");
  const { refusal: retryRefusal } = usePermission("LAUNCH_BACKFILLS");

  const onCancel = () => {
    if (cancelRefusal) return;
    setProblem(null);
    cancel.mutate(backfill.backfillId, {
      onSuccess: (result) => {
        if (result.__typename !== "Backfill") setProblem(`Could not cancel: ${result.message}`);
      },
      onError: (error) => setProblem(`Could not cancel: ${errorMessage(error)}`),
    });
  };
  const onRetry = () => {
    if (retryRefusal) return;
    setProblem(null);
    retry.mutate(backfill.backfillId, {
      onSuccess: (result) => {
        if (result.__typename === "LaunchPartitionBackfillSuccess")
          router.push(backfillPageHref(result.backfill.backfillId));
        else setProblem(`Could not retry: ${result.message}`);
      },
      onError: (error) => setProblem(`Could not retry: ${errorMessage(error)}`),
    });
  };

  return (
    <header className="border-b border-neutral-200 bg-white px-6 pt-4 pb-5">
      <Breadcrumbs
        crumbs={[
          { label: "Backfills", href: "/backfills" },
          { label: <span className="font-mono">{shortBackfillId(backfill.backfillId)}</span> },
        ]}
      />
      <div className="mt-1.5 flex flex-wrap items-center justify-between gap-4">
        <div className="flex min-w-0 items-center gap-3">
          <h1 className="truncate text-xl font-semibold tracking-tight text-neutral-900">
            Backfill <span className="font-mono text-[18px]">{backfill.backfillId}</span>
          </h1>
          <span role="status" aria-label="Backfill status" className="inline-flex">
            <BackfillStatusBadge status={backfill.status} className="px-2 py-0.5 text-xs" />
          </span>
        </div>
        <div className="flex shrink-0 items-center gap-2">
          {backfill.status === "REQUESTED" && (
            <Button
              onClick={onCancel}
              disabled={cancel.isPending}
              className="text-red-700 aria-disabled:text-neutral-400"
              {...refusedControlProps(cancelRefusal)}
            >
              <CloseIcon size={14} />
              {cancel.isPending ? "Canceling…" : "Cancel"}
            </Button>
          )}
          {canRetry && (
            <Button
              variant="primary"
              onClick={onRetry}
              disabled={retry.isPending}
              title="Launch a new backfill of the failed and skipped partitions"
              {...refusedControlProps(retryRefusal)}
            >
              <RefreshIcon size={14} />
              {retry.isPending ? "Launching…" : "Retry failed"}
            </Button>
          )}
        </div>
      </div>
      {problem && (
        <p role="alert" className="mt-2 flex items-center gap-2 text-[13px] text-red-700">
          <AlertIcon size={14} /> {problem}
        </p>
      )}
      {backfill.error && (
        <div
          role="alert"
          className="mt-3 flex items-start gap-2 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-[13px] text-red-800"
        >
          <AlertIcon size={15} className="mt-0.5 shrink-0" />
          <span className="break-words whitespace-pre-wrap">{backfill.error}</span>
        </div>
      )}

      <dl className="mt-4 grid grid-cols-[repeat(auto-fill,minmax(170px,1fr))] gap-x-6 gap-y-3 text-[13px]">
        <Fact label="Created">
          <span title={formatAbsoluteTime(backfill.createdTime)}>
            <RelativeTime timestamp={backfill.createdTime} />
          </span>
        </Fact>
        <Fact label="Duration">
          {isBackfillFinished(backfill.status) && !backfill.endTime ? (
            <span className="text-neutral-300">—</span>
          ) : (
            <RunDuration start={backfill.createdTime} end={backfill.endTime} className="tabular-nums" />
          )}
        </Fact>
        <Fact label="Launched by">{backfill.launchedBy}</Fact>
        <Fact label="Runs">{backfill.strategy === "SINGLE_RUN" ? "One per range" : "One per partition"}</Fact>
        <Fact label="Partitions">
          {backfill.numPartitions.toLocaleString()}
          {backfill.onlyMissingOrFailed && <span className="ml-1 text-neutral-500">(missing and failed only)</span>}
        </Fact>
      </dl>
      <dl className="mt-3 space-y-2 text-[13px]">
        <Fact label="Selection" inline>
          <span className="font-mono text-xs break-all text-neutral-800">{backfill.partitionSelection}</span>
        </Fact>
        {backfill.tags.length > 0 && (
          <Fact label="Tags" inline>
            <RunTags tags={backfill.tags} />
          </Fact>
        )}
      </dl>

      <section aria-label="Progress" className="mt-4 rounded-lg border border-neutral-200 bg-neutral-50/60 px-4 py-3">
        <BackfillProgressBar progress={progress} showLegend barClassName="h-3" />
        {progress.numRuns === 0 && backfill.status === "REQUESTED" && (
          <p className="mt-2 text-xs text-neutral-500">Planning runs…</p>
        )}
      </section>
    </header>
  );
}
