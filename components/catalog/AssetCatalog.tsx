"use client";
// The asset catalog (/assets): search, group chips and selection syntax over a virtualized, sortable table.
import Link from "next/link";
import { useMemo, useState } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { toAssetKeyString } from "../../lib/core/assetKey";
import { AssetSelectionInput } from "../asset-selection/AssetSelectionInput";
import { useAssetSelection } from "../asset-selection/useAssetSelection";
import { useAssetNodes } from "../assets/useAssetNodes";
import { useExternalRunsInProgress } from "../assets/useExternalRunsInProgress";
import { useChecksSummaryByKey } from "../checks/useChecksSummaryByKey";
import { usePartitionStatsByKey } from "../partitions/usePartitionStatsByKey";
import { MaterializeButton } from "../runs/MaterializeButton";
import { PageHeader } from "../shell/PageHeader";
import { cx } from "../ui/cx";
import { EmptyState } from "../ui/EmptyState";
import { ErrorState } from "../ui/ErrorState";
import { ClockIcon, SearchIcon, TableIcon } from "../ui/icons";
import { TableSkeleton } from "../ui/Skeleton";
import { CatalogTable } from "./CatalogTable";
import {
  type CatalogRow,
  type CatalogSort,
  type CatalogSortColumn,
  filterCatalogRows,
  sortCatalogRows,
} from "./catalogRows";
import { GroupFilterChips } from "./GroupFilterChips";

export function AssetCatalog() {
  const assetNodes = useAssetNodes();
  const selection = useAssetSelection(assetNodes.data);
  const [search, setSearch] = useState("");
  const [groups, setGroups] = useState<ReadonlySet<string>>(new Set());
  const [sort, setSort] = useState<CatalogSort>({ column: "key", direction: "asc" });
  const [overdueOnly, setOverdueOnly] = useState(false);
  const partitionStats = usePartitionStatsByKey();
  const checks = useChecksSummaryByKey();
  const running = useExternalRunsInProgress();

  const allRows = useMemo<CatalogRow[]>(
    () => (assetNodes.data ?? []).map((asset) => ({ key: toAssetKeyString(asset.assetKey.path), asset })),
    [assetNodes.data],
  );
  const overdueCount = useMemo(
    () => allRows.filter((r) => r.asset.freshnessInfo && r.asset.freshnessInfo.status !== "FRESH").length,
    [allRows],
  );
  const groupCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const row of allRows) counts.set(row.asset.groupName, (counts.get(row.asset.groupName) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, count]) => ({ name, count }));
  }, [allRows]);
  const rows = useMemo(
    () =>
      sortCatalogRows(
        filterCatalogRows(allRows, { search, groups, selectedKeys: selection.selectedKeys, overdueOnly }),
        sort,
      ),
    [allRows, search, groups, selection.selectedKeys, sort, overdueOnly],
  );

  // Source assets are observed, never materialized.
  const materializable = useMemo(() => rows.filter((r) => !r.asset.isSource).map((r) => r.asset.assetKey.path), [rows]);

  const onSort = (column: CatalogSortColumn) =>
    setSort((current) =>
      current.column === column
        ? { column, direction: current.direction === "asc" ? "desc" : "asc" }
        : // Recency reads best newest-first; names read best A→Z.
          { column, direction: column === "lastMaterialized" ? "desc" : "asc" },
    );
  const toggleGroup = (name: string) =>
    setGroups((current) => {
      const next = new Set(current);
      if (next.has(name)) next.delete(name);
      else next.add(name);
      return next;
    });

  return (
    <div className="mx-auto flex h-full max-w-[1400px] flex-col px-6 pt-6 pb-4">
      <PageHeader
        title="Assets"
        subtitle={
          assetNodes.data
            ? `${assetNodes.data.length} assets in ${groupCounts.length} group${groupCounts.length === 1 ? "" : "s"}`
            : "Every asset across your code locations"
        }
      />

      <div className="mt-4 flex flex-wrap items-start gap-3">
        <label className="flex h-9 w-72 items-center gap-2 rounded-md border border-neutral-300 bg-white px-2.5 shadow-xs focus-within:border-accent-500 focus-within:ring-2 focus-within:ring-accent-100">
          <SearchIcon size={15} className="shrink-0 text-neutral-400" />
          <span className="sr-only">Search assets</span>
          <input
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder="Search by key or group"
            className="min-w-0 flex-1 bg-transparent text-[13px] outline-none placeholder:text-neutral-400"
          />
        </label>
        <AssetSelectionInput
          className="min-w-80 flex-1"
          value={selection.text}
          onChange={selection.setText}
          error={selection.error}
        />
        <MaterializeButton
          className="h-9 items-center"
          assetKeys={materializable}
          disabledReason={
            assetNodes.isPending
              ? "Loading assets"
              : materializable.length === 0
                ? "No materializable assets in the filtered rows"
                : null
          }
          description={`Materialize the ${materializable.length} filtered asset${materializable.length === 1 ? "" : "s"}`}
        />
      </div>

      {groupCounts.length > 0 && (
        <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
          <GroupFilterChips
            groups={groupCounts}
            selected={groups}
            onToggle={toggleGroup}
            onClear={() => setGroups(new Set())}
          />
          <button
            type="button"
            aria-pressed={overdueOnly}
            onClick={() => setOverdueOnly((on) => !on)}
            className={cx(
              "inline-flex h-7 items-center gap-1.5 rounded-full px-3 text-xs font-medium ring-1 ring-inset transition-colors",
              overdueOnly
                ? "bg-red-50 text-red-800 ring-red-300"
                : "bg-white text-neutral-700 ring-neutral-300 hover:bg-neutral-50",
            )}
          >
            <ClockIcon size={12} />
            Overdue only
            <span className="text-neutral-500 tabular-nums">{overdueCount}</span>
          </button>
        </div>
      )}

      <div className="mt-3 flex min-h-0 flex-col">
        {assetNodes.isPending ? (
          <TableSkeleton rows={10} label="Loading assets" />
        ) : assetNodes.isError ? (
          <ErrorState
            title="Could not load assets"
            message={errorMessage(assetNodes.error)}
            onRetry={() => void assetNodes.refetch()}
          />
        ) : allRows.length === 0 ? (
          <div className="rounded-lg border border-dashed border-neutral-300 bg-white">
            <EmptyState icon={<TableIcon size={22} />} title="No assets yet">
              Assets appear once a code location loads; see{" "}
              <Link href="/deployment" className="font-medium text-accent-700 hover:underline">
                Deployment
              </Link>
              .
            </EmptyState>
          </div>
        ) : rows.length === 0 ? (
          <div className="rounded-lg border border-neutral-200 bg-white">
            <EmptyState icon={<SearchIcon size={22} />} title="No matching assets">
              {overdueOnly
                ? "No asset is late or stale against its freshness policy."
                : "No asset matches the current search, groups and selection."}
            </EmptyState>
          </div>
        ) : (
          <CatalogTable
            rows={rows}
            sort={sort}
            onSort={onSort}
            partitionStats={partitionStats}
            checks={checks}
            running={running}
          />
        )}
      </div>
      {assetNodes.data && rows.length > 0 && (
        <p className="mt-2 text-xs text-neutral-500" aria-live="polite">
          Showing {rows.length} of {allRows.length} assets
        </p>
      )}
    </div>
  );
}
