"use client";
// The side panel for the partition in focus: its key (and dimension keys), state, and history of materializations,
// failures and starts, each linking to its run.
import Link from "next/link";
import { memo } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { usePermission } from "../auth/useViewer";
import { refusedControlProps } from "../auth/viewerPermission";
import { runPageHref, shortRunId } from "../runs/runLinks";
import { useDebouncedValue } from "../runs/useDebouncedValue";
import { Button } from "../ui/Button";
import { cx } from "../ui/cx";
import { EmptyState } from "../ui/EmptyState";
import { formatAbsoluteTime } from "../ui/formatTime";
import { CalendarIcon, PlayIcon } from "../ui/icons";
import { RelativeTime } from "../ui/RelativeTime";
import { Skeleton } from "../ui/Skeleton";
import { type PartitionState, partitionStateFill, partitionStateLabel } from "./partitionStatus";
import type { PartitionHistoryEvent } from "./usePartitions";
import { usePartitionHistory } from "./usePartitions";

export const PartitionDetailPanel = memo(function PartitionDetailPanel({
  assetPath,
  partitionKey,
  state,
  dimensionNames,
  canMaterialize,
  onMaterialize,
}: {
  assetPath: readonly string[];
  partitionKey: string | null;
  state: PartitionState | null;
  /** For 2-D assets: the dimension names, to label each part of the key. */
  dimensionNames: readonly string[];
  canMaterialize: boolean;
  onMaterialize: (partitionKey: string) => void;
}) {
  const { refusal } = usePermission("LAUNCH_RUNS");
  if (partitionKey === null || state === null) {
    return (
      <EmptyState icon={<CalendarIcon size={20} />} title="No partition in focus" className="py-10">
        Click a partition, or move to one with the arrow keys, to see its materializations and failures.
      </EmptyState>
    );
  }
  const parts = dimensionNames.length === 2 ? partitionKey.split("|") : null;
  return (
    <div className="flex min-h-0 flex-col">
      <div className="border-b border-neutral-100 px-4 py-3">
        <p className="text-[11px] font-medium tracking-wide text-neutral-500 uppercase">Partition</p>
        <h3
          className="mt-0.5 font-mono text-[14px] font-semibold break-all text-neutral-900"
          data-testid="partition-panel-key"
        >
          {partitionKey}
        </h3>
        <div className="mt-1.5 flex items-center gap-1.5 text-[13px]">
          <span aria-hidden="true" className={cx("size-2.5 rounded-sm", partitionStateFill[state])} />
          <span className="text-neutral-700">{partitionStateLabel[state]}</span>
        </div>
        {parts && (
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
            {dimensionNames.map((name, i) => (
              <div key={name} className="contents">
                <dt className="text-neutral-500">{name}</dt>
                <dd className="font-mono text-neutral-800">{parts[i]}</dd>
              </div>
            ))}
          </dl>
        )}
        {canMaterialize && (
          <Button
            className="mt-3 w-full"
            onClick={refusal ? undefined : () => onMaterialize(partitionKey)}
            {...refusedControlProps(refusal)}
          >
            <PlayIcon size={13} /> Materialize this partition…
          </Button>
        )}
      </div>
      <PartitionHistory assetPath={assetPath} partitionKey={partitionKey} />
    </div>
  );
});

function PartitionHistory({ assetPath, partitionKey }: { assetPath: readonly string[]; partitionKey: string }) {
  // Arrowing through partitions asks for the history of the one the focus rests on, not of each one passed.
  const settledKey = useDebouncedValue(partitionKey, 200);
  const history = usePartitionHistory(assetPath, settledKey);
  return (
    <section aria-label="Partition history" className="px-4 py-3">
      <h4 className="text-[11px] font-semibold tracking-wide text-neutral-500 uppercase">History</h4>
      {history.isPending ? (
        <div className="mt-3 space-y-3">
          <Skeleton className="h-4 w-3/4" />
          <Skeleton className="h-4 w-2/3" />
        </div>
      ) : history.isError ? (
        <p role="alert" className="mt-2 text-[13px] text-red-700">
          Could not load the history: {errorMessage(history.error)}
        </p>
      ) : history.data.length === 0 ? (
        <p className="mt-2 text-[13px] text-neutral-500">Never materialized, and no run has tried yet.</p>
      ) : (
        <ol className="mt-2 space-y-0">
          {history.data.map((event) => (
            <HistoryItem key={event.id} event={event} />
          ))}
        </ol>
      )}
    </section>
  );
}

const eventLook: Record<string, { label: string; dot: string }> = {
  ASSET_MATERIALIZATION: { label: "Materialized", dot: "bg-emerald-500" },
  STEP_FAILURE: { label: "Failed", dot: "bg-red-500" },
  STEP_START: { label: "Started", dot: "bg-sky-400" },
};

function HistoryItem({ event }: { event: PartitionHistoryEvent }) {
  const look = eventLook[event.eventType] ?? { label: event.eventType, dot: "bg-neutral-300" };
  return (
    <li className="relative border-l border-neutral-200 pb-3 pl-4 last:pb-0">
      <span
        aria-hidden="true"
        className={cx("absolute top-1 -left-[5px] size-2.5 rounded-full ring-2 ring-white", look.dot)}
      />
      <div className="flex items-baseline justify-between gap-2">
        <span className="text-[13px] font-medium text-neutral-900">{look.label}</span>
        {event.runId ? (
          <Link
            href={runPageHref(event.runId)}
            className="font-mono text-xs text-accent-700 hover:underline"
            title={`Run ${event.runId}`}
          >
            {shortRunId(event.runId)}
          </Link>
        ) : (
          <span className="text-xs text-neutral-500">External</span>
        )}
      </div>
      <div className="text-xs text-neutral-500" title={formatAbsoluteTime(event.timestamp)}>
        <RelativeTime timestamp={event.timestamp} />
      </div>
      {event.error && (
        <p className="mt-1 line-clamp-3 font-mono text-[11px] leading-4 break-words text-red-700">
          {event.error.message}
        </p>
      )}
    </li>
  );
}
