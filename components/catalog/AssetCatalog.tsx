"use client";
// The asset catalog (/assets): one box for plain search and selection syntax, group chips, and a virtualized, sortable
// table whose rows can be checked and materialized together.
import Link from "next/link";
import { useCallback, useMemo, useState } from "react";
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
import { CatalogSelectionBar, launchRefusal } from "./CatalogSelectionBar";
import { CatalogTable } from "./CatalogTable";
import { ColumnChooser } from "./ColumnChooser";
import { useHiddenCatalogColumns } from "./catalogColumns";
import {
  type CatalogRow,
  type CatalogSort,
  type CatalogSortColumn,
  derivedPerRows,
  filterCatalogRows,
  isSelectionSyntax,
  sortCatalogRows,
} from "./catalogRows";
import { GroupFilterChips } from "./GroupFilterChips";
import { emptyRowSelection, headerCheckState, type RowSelection, toggleAllRows, toggleRow } from "./rowSelection";
import { useAssetRunsInProgress, useCheckCountByKey } from "./useCatalogLiveState";

// Per rows array: the unfiltered rows' order and launchable keys (100,000 at 100,000 assets) are built once, not again
// each time a search is cleared.
const orderCache = new WeakMap<readonly CatalogRow[], string[]>();
const materializableCache = new WeakMap<readonly CatalogRow[], string[][]>();

export function AssetCatalog() {
  const assetNodes = useAssetNodes();
  // One box, kept in the URL: selection syntax filters by the selection, plain words by key and group substrings.
  const selection = useAssetSelection(assetNodes.data);
  const isSelection = isSelectionSyntax(selection.text);
  const search = isSelection ? "" : selection.text;
  const selectedKeys = isSelection ? selection.selectedKeys : null;
  const [groups, setGroups] = useState<ReadonlySet<string>>(new Set());
  const [sort, setSort] = useState<CatalogSort>({ column: "key", direction: "asc" });
  const [overdueOnly, setOverdueOnly] = useState(false);
  const partitionStats = usePartitionStatsByKey();
  const checks = useChecksSummaryByKey();
  const externalRuns = useExternalRunsInProgress();
  const runs = useAssetRunsInProgress();
  const checkCounts = useCheckCountByKey();
  const columns = useHiddenCatalogColumns();
  const [rowSelection, setRowSelection] = useState<RowSelection>(emptyRowSelection);

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
  // Sorted once per asset list and sort, then filtered (filtering keeps the order): a keystroke in the search box
  // filters 100,000 rows without sorting them again.
  const sortedRows = useMemo(() => sortCatalogRows(allRows, sort), [allRows, sort]);
  const rows = useMemo(
    () => filterCatalogRows(sortedRows, { search, groups, selectedKeys, overdueOnly }),
    [sortedRows, search, groups, selectedKeys, overdueOnly],
  );
  const order = useMemo(() => derivedPerRows(orderCache, rows, (list) => list.map((r) => r.key)), [rows]);
  // Checked rows that still exist, in table order; rows the filters hide stay checked.
  const checkedRows = useMemo(() => {
    if (rowSelection.checked.size === 0) return [];
    const shown = new Set(order);
    return [...rows, ...allRows.filter((r) => !shown.has(r.key))].filter((r) => rowSelection.checked.has(r.key));
  }, [rows, allRows, order, rowSelection.checked]);
  const hiddenChecked = checkedRows.filter((r) => !order.includes(r.key)).length;
  const partitioned = useMemo(() => new Set(partitionStats.keys()), [partitionStats]);

  // Source and external assets are observed or made elsewhere, never materialized here.
  const materializable = useMemo(
    () =>
      derivedPerRows(materializableCache, rows, (list) =>
        list.filter((r) => launchRefusal(r.asset) === null).map((r) => r.asset.assetKey.path),
      ),
    [rows],
  );

  const onSort = (column: CatalogSortColumn) =>
    setSort((current) =>
      current.column === column
        ? { column, direction: current.direction === "asc" ? "desc" : "asc" }
        : // Recency reads best newest-first; names read best A→Z.
          { column, direction: column === "lastMaterialized" ? "desc" : "asc" },
    );
  // Stable, so the group chips (a thousand at 100,000 assets) do not re-render on every keystroke.
  const toggleGroup = useCallback(
    (name: string) =>
      setGroups((current) => {
        const next = new Set(current);
        if (next.has(name)) next.delete(name);
        else next.add(name);
        return next;
      }),
    [],
  );
  const clearGroups = useCallback(() => setGroups(new Set()), []);

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
        <AssetSelectionInput
          className="min-w-80 flex-1"
          label="Search assets"
          placeholder="Search by key or group, or filter: group:analytics, kind:postgres, +fact_events…"
          plainTextNote="Plain words match asset keys and groups. Text with : + * ( ) quotes or and / or / not is a selection:"
          value={selection.text}
          onChange={selection.setText}
          error={isSelection ? selection.error : null}
          nodes={assetNodes.data}
        />
        <ColumnChooser hidden={columns.hidden} onToggle={columns.toggle} />
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
          <GroupFilterChips groups={groupCounts} selected={groups} onToggle={toggleGroup} onClear={clearGroups} />
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

      {checkedRows.length > 0 && (
        <CatalogSelectionBar
          selected={checkedRows}
          hiddenCount={hiddenChecked}
          partitioned={partitioned}
          onClear={() => setRowSelection(emptyRowSelection)}
        />
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
            hidden={columns.hidden}
            checked={rowSelection.checked}
            headerState={headerCheckState(rowSelection, order)}
            onToggleRow={(key, shift) => setRowSelection((current) => toggleRow(current, order, key, shift))}
            onToggleAll={() => setRowSelection((current) => toggleAllRows(current, order))}
            partitionStats={partitionStats}
            checks={checks}
            checkCounts={checkCounts}
            runs={runs}
            externalRuns={externalRuns}
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
