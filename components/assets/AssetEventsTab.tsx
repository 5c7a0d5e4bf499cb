"use client";
// The Events tab of an asset page: plots of numeric metadata over time, then every materialization with its run.
import Link from "next/link";
import { useMemo } from "react";
import { CompactMetadataValue } from "../metadata/MetadataValue";
import { runPageHref, shortRunId } from "../runs/runLinks";
import { type Column, DataTable } from "../ui/DataTable";
import { EmptyState } from "../ui/EmptyState";
import { ErrorState } from "../ui/ErrorState";
import { formatAbsoluteTime } from "../ui/formatTime";
import { ListIcon } from "../ui/icons";
import { QueryState } from "../ui/QueryState";
import { RelativeTime } from "../ui/RelativeTime";
import { TableSkeleton } from "../ui/Skeleton";
import { MetadataPlot, type PlotPoint } from "./MetadataPlot";
import type { MaterializationEvent } from "./useAssetMaterializations";
import { useAssetMaterializations } from "./useAssetMaterializations";
import type { AssetNodeDetail } from "./useAssetNode";

const NUMERIC_TYPES = new Set(["int", "float"]);

const columns: Column<MaterializationEvent>[] = [
  {
    header: "Timestamp",
    cellClassName: "whitespace-nowrap",
    cell: (event) => (
      <>
        <div className="text-neutral-900">{formatAbsoluteTime(event.timestamp)}</div>
        <RelativeTime timestamp={event.timestamp} className="text-xs text-neutral-500" />
      </>
    ),
  },
  {
    header: "Run",
    cell: (event) =>
      event.runId ? (
        <Link
          href={runPageHref(event.runId)}
          className="font-mono text-xs text-accent-700 hover:underline"
          title={event.runId}
        >
          {shortRunId(event.runId)}
        </Link>
      ) : (
        <span className="text-xs text-neutral-500" title="Reported from outside Strata">
          External
        </span>
      ),
  },
  {
    header: "Partition",
    cellClassName: "font-mono text-xs text-neutral-700",
    cell: (event) => event.partitionKey ?? <span className="text-neutral-300">—</span>,
  },
  { header: "Metadata", cell: (event) => <MetadataSummary entries={event.metadataEntries} /> },
];

export function AssetEventsTab({ asset }: { asset: AssetNodeDetail }) {
  const query = useAssetMaterializations(asset.assetKey.path);
  return (
    <QueryState
      query={query}
      skeleton={<TableSkeleton rows={5} label="Loading materializations" />}
      errorTitle="Could not load materializations"
      notFound={(error) => <ErrorState title="Asset not found" message={error.message} />}
    >
      {(node) =>
        node.assetMaterializations.length === 0 ? (
          <div className="rounded-lg border border-dashed border-neutral-300 bg-white">
            <EmptyState icon={<ListIcon size={22} />} title="No materializations yet">
              {asset.isSource
                ? "A source asset is produced outside Strata: it has materializations only when they are reported (strata report, POST /api/v1/asset-events)."
                : "Materialize this asset and each materialization will appear here with its run and metadata."}
            </EmptyState>
          </div>
        ) : (
          <EventsView events={node.assetMaterializations} />
        )
      }
    </QueryState>
  );
}

function EventsView({ events }: { events: readonly MaterializationEvent[] }) {
  const series = useMemo(() => numericSeries(events), [events]);
  return (
    <div className="flex flex-col gap-5">
      {series.length > 0 && (
        <section aria-label="Metadata over time" className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-3">
          {series.map((s) => (
            <MetadataPlot key={s.label} label={s.label} points={s.points} />
          ))}
        </section>
      )}
      <DataTable
        label="Materializations"
        gutters="wide"
        columns={columns}
        rows={events}
        rowKey={(event, i) => `${event.runId}-${event.timestamp}-${i}`}
        valign="top"
      />
    </div>
  );
}

function MetadataSummary({ entries }: { entries: MaterializationEvent["metadataEntries"] }) {
  if (entries.length === 0) return <span className="text-neutral-300">—</span>;
  return (
    <dl className="grid max-w-3xl grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-1 text-xs">
      {entries.map((e) => (
        <div key={e.label} className="contents">
          <dt className="text-neutral-500">{e.label}</dt>
          <dd className="min-w-0 text-neutral-800">
            <CompactMetadataValue entry={e} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** One series per metadata label whose values are numbers, in time order. */
function numericSeries(events: readonly MaterializationEvent[]): Array<{ label: string; points: PlotPoint[] }> {
  const byLabel = new Map<string, PlotPoint[]>();
  for (const event of events) {
    const time = Date.parse(event.timestamp);
    if (Number.isNaN(time)) continue;
    for (const entry of event.metadataEntries) {
      if (!NUMERIC_TYPES.has(entry.type)) continue;
      const value = Number(entry.value);
      if (!Number.isFinite(value)) continue;
      const points = byLabel.get(entry.label) ?? [];
      points.push({ time, value, runId: event.runId });
      byLabel.set(entry.label, points);
    }
  }
  return [...byLabel].map(([label, points]) => ({ label, points }));
}
