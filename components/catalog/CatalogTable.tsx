"use client";
// The virtualized asset table: fixed-height rows in a scroll container with a sticky, sortable header.
import { useVirtualizer } from "@tanstack/react-virtual";
import Link from "next/link";
import { useRef } from "react";
import { AssetKeyLabel } from "../assets/AssetKeyLabel";
import { assetPageHref } from "../assets/assetLinks";
import { KindBadges } from "../assets/KindBadges";
import { MaterializationStatusBadge } from "../assets/MaterializationStatus";
import { ChecksSummaryBadge } from "../checks/ChecksSummaryBadge";
import type { ChecksSummary } from "../checks/checkStatus";
import { FreshnessBadge } from "../freshness/FreshnessBadge";
import { PartitionStatsBar } from "../partitions/PartitionStatsBar";
import type { PartitionStats } from "../partitions/usePartitions";
import { StaleBadge } from "../staleness/StaleBadge";
import { isUnsynced } from "../staleness/staleFields";
import { cx } from "../ui/cx";
import { ArrowDownIcon, ArrowUpIcon } from "../ui/icons";
import { RelativeTime } from "../ui/RelativeTime";
import type { CatalogRow, CatalogSort, CatalogSortColumn } from "./catalogRows";

const ROW_HEIGHT = 44;
const GRID =
  "grid grid-cols-[minmax(200px,2.4fr)_minmax(80px,0.8fr)_minmax(100px,1fr)_minmax(90px,0.8fr)_120px_110px_125px_130px_130px_110px] gap-3 px-4";

export function CatalogTable({
  rows,
  sort,
  onSort,
  partitionStats,
  checks,
  running,
}: {
  rows: readonly CatalogRow[];
  sort: CatalogSort;
  onSort: (column: CatalogSortColumn) => void;
  /** Partition counts by asset key string; unpartitioned assets are absent. */
  partitionStats: ReadonlyMap<string, PartitionStats>;
  /** Latest check results by asset key string; assets whose checks never ran are absent. */
  checks: ReadonlyMap<string, ChecksSummary>;
  /** The external job writing each asset now, by asset key string. */
  running: ReadonlyMap<string, string>;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  return (
    <div ref={scrollRef} className="min-h-0 overflow-auto rounded-lg border border-neutral-200 bg-white shadow-xs">
      <div role="table" aria-label="Assets" aria-rowcount={rows.length + 1} className="min-w-[1340px]">
        <div
          role="rowgroup"
          className="sticky top-0 z-10 border-b border-neutral-200 bg-neutral-50/95 backdrop-blur-sm"
        >
          <div
            role="row"
            aria-rowindex={1}
            className={cx(
              GRID,
              "h-9 items-center whitespace-nowrap text-[11px] font-semibold uppercase tracking-wide text-neutral-500",
            )}
          >
            <SortableHeader label="Asset key" column="key" sort={sort} onSort={onSort} />
            <SortableHeader label="Group" column="group" sort={sort} onSort={onSort} />
            <div role="columnheader">Owners</div>
            <div role="columnheader">Kinds</div>
            <div role="columnheader">Partitions</div>
            <div role="columnheader">Checks</div>
            <div role="columnheader">Freshness</div>
            <SortableHeader label="Last materialized" column="lastMaterialized" sort={sort} onSort={onSort} />
            <div role="columnheader">Status</div>
            <div role="columnheader">Sync</div>
          </div>
        </div>
        <div role="rowgroup" className="relative" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const { asset } = row;
            const lastMaterialized = asset.assetLatestInfo.lastMaterializationTimestamp;
            const stats = partitionStats.get(row.key);
            const checkSummary = checks.get(row.key);
            return (
              <div
                key={row.key}
                role="row"
                aria-rowindex={item.index + 2}
                className={cx(
                  GRID,
                  "absolute inset-x-0 top-0 items-center border-b border-neutral-100 text-[13px] hover:bg-neutral-50",
                )}
                style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                <div role="cell" className="flex min-w-0">
                  <Link
                    href={assetPageHref(asset.assetKey.path)}
                    className="flex min-w-0 text-neutral-900 hover:text-accent-700 hover:underline hover:decoration-accent-300 hover:underline-offset-2"
                  >
                    <AssetKeyLabel path={asset.assetKey.path} />
                  </Link>
                </div>
                <div role="cell" className="truncate text-neutral-700">
                  {asset.groupName}
                </div>
                <div role="cell" className="truncate text-neutral-600" title={asset.owners.join(", ")}>
                  {asset.owners.length > 0 ? asset.owners.join(", ") : <span className="text-neutral-300">—</span>}
                </div>
                <div role="cell" className="min-w-0 overflow-hidden">
                  {asset.kinds.length > 0 ? (
                    <KindBadges kinds={asset.kinds} max={2} className="flex-nowrap" />
                  ) : (
                    <span className="text-neutral-300">—</span>
                  )}
                </div>
                <div role="cell" className="min-w-0">
                  {stats ? (
                    <Link
                      href={assetPageHref(asset.assetKey.path, "partitions")}
                      className="inline-flex rounded-sm hover:opacity-80"
                    >
                      <PartitionStatsBar stats={stats} compact />
                    </Link>
                  ) : (
                    <span className="text-neutral-300">—</span>
                  )}
                </div>
                <div role="cell" className="min-w-0">
                  {checkSummary ? (
                    <Link
                      href={assetPageHref(asset.assetKey.path, "checks")}
                      className="inline-flex rounded-sm hover:opacity-80"
                    >
                      <ChecksSummaryBadge summary={checkSummary} />
                    </Link>
                  ) : (
                    <span className="text-neutral-300">—</span>
                  )}
                </div>
                <div role="cell" className="min-w-0">
                  {asset.freshnessInfo ? (
                    <FreshnessBadge info={asset.freshnessInfo} />
                  ) : (
                    <span className="text-neutral-300">—</span>
                  )}
                </div>
                <div role="cell" className="text-neutral-600">
                  {lastMaterialized ? (
                    <RelativeTime timestamp={lastMaterialized} />
                  ) : (
                    <span className="text-neutral-300">—</span>
                  )}
                </div>
                <div role="cell">
                  <MaterializationStatusBadge info={asset.assetLatestInfo} runningIn={running.get(row.key)} />
                </div>
                <div role="cell" className="min-w-0">
                  {isUnsynced(asset) ? <StaleBadge asset={asset} /> : <span className="text-neutral-300">—</span>}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function SortableHeader({
  label,
  column,
  sort,
  onSort,
}: {
  label: string;
  column: CatalogSortColumn;
  sort: CatalogSort;
  onSort: (c: CatalogSortColumn) => void;
}) {
  const active = sort.column === column;
  return (
    <div role="columnheader" aria-sort={active ? (sort.direction === "asc" ? "ascending" : "descending") : "none"}>
      <button
        type="button"
        onClick={() => onSort(column)}
        className={cx(
          "-mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5 uppercase hover:bg-neutral-200/70 hover:text-neutral-800",
          active && "text-neutral-800",
        )}
      >
        {label}
        {active ? (
          sort.direction === "asc" ? (
            <ArrowUpIcon size={12} />
          ) : (
            <ArrowDownIcon size={12} />
          )
        ) : (
          <ArrowUpIcon size={12} className="opacity-0" />
        )}
      </button>
    </div>
  );
}
