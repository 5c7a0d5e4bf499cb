"use client";
// An asset's page (/assets/<key>): header with Materialize, Overview, Partitions, Events, Checks, Lineage and Columns.
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { lineageFocusHref } from "../asset-graph/lineageLinks";
import { AssetChecksTab } from "../checks/AssetChecksTab";
import { ChecksSummaryBadge } from "../checks/ChecksSummaryBadge";
import type { ChecksSummary } from "../checks/checkStatus";
import { useChecksSummaryByKey } from "../checks/useChecksSummaryByKey";
import { FreshnessBadge } from "../freshness/FreshnessBadge";
import { launchpadHref } from "../launchpad/launchpadLinks";
import { AssetPartitionsTab } from "../partitions/AssetPartitionsTab";
import { PartitionStatsBar } from "../partitions/PartitionStatsBar";
import { PartitionsOverviewCard } from "../partitions/PartitionsOverviewCard";
import type { AssetPartitionSummary } from "../partitions/usePartitions";
import { useAssetPartitionSummaries } from "../partitions/usePartitions";
import { MaterializeButton } from "../runs/MaterializeButton";
import { StaleBadge } from "../staleness/StaleBadge";
import { isUnsynced } from "../staleness/staleFields";
import { Breadcrumbs } from "../ui/Breadcrumbs";
import { EmptyState } from "../ui/EmptyState";
import { GraphIcon, PlayIcon, SearchIcon } from "../ui/icons";
import { QueryState } from "../ui/QueryState";
import { Skeleton } from "../ui/Skeleton";
import { type TabItem, Tabs } from "../ui/Tabs";
import { AssetEventsTab } from "./AssetEventsTab";
import { AssetLineageTab } from "./AssetLineageTab";
import { AssetOverview } from "./AssetOverview";
import { AssetColumnsTab } from "./columns/AssetColumnsTab";
import { KindBadges } from "./KindBadges";
import { MaterializationStatus } from "./MaterializationStatus";
import type { AssetNodeDetail } from "./useAssetNode";
import { useAssetNode } from "./useAssetNode";

const LINK_BUTTON =
  "inline-flex h-8 items-center gap-1.5 rounded-md bg-white px-3 text-[13px] font-medium text-neutral-800 shadow-xs ring-1 ring-inset ring-neutral-300 hover:bg-neutral-50";

type AssetTab = "overview" | "partitions" | "events" | "checks" | "lineage" | "columns";
const tabs: ReadonlyArray<TabItem<AssetTab>> = [
  { id: "overview", label: "Overview" },
  { id: "partitions", label: "Partitions" },
  { id: "events", label: "Events" },
  { id: "checks", label: "Checks" },
  { id: "lineage", label: "Lineage" },
  { id: "columns", label: "Columns" },
];

function isAssetTab(value: string | null): value is AssetTab {
  return tabs.some((t) => t.id === value);
}

export function AssetDetailPage({ path }: { path: string[] }) {
  const query = useAssetNode(path);
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const requestedTab = searchParams.get("tab");
  const tab: AssetTab = isAssetTab(requestedTab) ? requestedTab : "overview";
  const setTab = useCallback(
    (next: AssetTab) => {
      const url = next === "overview" ? pathname : `${pathname}?tab=${next}`;
      window.history.replaceState(null, "", url);
    },
    [pathname],
  );

  const partitionSummary = usePartitionSummary(path);
  const checksByKey = useChecksSummaryByKey();

  // While the asset loads, its page keeps its shape: the header's name and buttons, skeletons for the rest.
  const view = (asset: AssetNodeDetail | null) => (
    <div className="min-h-full bg-neutral-50">
      <AssetHeader
        path={path}
        asset={asset}
        partitionSummary={partitionSummary}
        checks={checksByKey.get(path.join("/")) ?? null}
        onOpenPartitions={() => setTab("partitions")}
        onOpenChecks={() => setTab("checks")}
      />
      <Tabs tabs={tabs} selected={tab} onSelect={setTab} label="Asset sections">
        <div className="px-6 py-5">
          {!asset ? (
            <OverviewSkeleton />
          ) : tab === "overview" ? (
            <>
              {partitionSummary && (
                <PartitionsOverviewCard summary={partitionSummary} onOpen={() => setTab("partitions")} />
              )}
              <AssetOverview asset={asset} />
            </>
          ) : tab === "partitions" ? (
            <AssetPartitionsTab path={asset.assetKey.path} />
          ) : tab === "lineage" ? (
            <AssetLineageTab asset={asset} />
          ) : tab === "columns" ? (
            <AssetColumnsTab key={asset.assetKey.path.join("/")} path={asset.assetKey.path} />
          ) : tab === "events" ? (
            <AssetEventsTab asset={asset} />
          ) : (
            <AssetChecksTab path={asset.assetKey.path} />
          )}
        </div>
      </Tabs>
    </div>
  );
  return (
    <QueryState
      query={query}
      page
      skeleton={view(null)}
      errorTitle="Could not load this asset"
      notFound={() => <AssetNotFound path={path} />}
    >
      {view}
    </QueryState>
  );
}

/** The asset's partitions summary, or null when it is not partitioned (or the summary is unavailable). */
function usePartitionSummary(path: readonly string[]): AssetPartitionSummary | null {
  const summaries = useAssetPartitionSummaries();
  const key = path.join("/");
  return useMemo(
    () => summaries.data?.find((s) => s.assetKey.path.join("/") === key && s.partitionsDefinition !== null) ?? null,
    [summaries.data, key],
  );
}

function AssetHeader({
  path,
  asset,
  partitionSummary,
  checks,
  onOpenPartitions,
  onOpenChecks,
}: {
  path: string[];
  asset: AssetNodeDetail | null;
  partitionSummary: AssetPartitionSummary | null;
  checks: ChecksSummary | null;
  onOpenPartitions: () => void;
  onOpenChecks: () => void;
}) {
  const prefix = path.slice(0, -1);
  const name = path[path.length - 1] ?? "";
  return (
    <header className="bg-white px-6 pt-5 pb-4">
      <Breadcrumbs
        crumbs={[
          { label: "Assets", href: "/assets" },
          ...prefix.map((segment, i) => ({
            label: segment,
            href: `/assets?selection=${encodeURIComponent(`key:${prefix.slice(0, i + 1).join("/")}/*`)}`,
          })),
          { label: name },
        ]}
      />
      <div className="mt-2 flex flex-wrap items-center justify-between gap-4">
        <h1 className="min-w-0 truncate text-xl font-semibold tracking-tight text-neutral-900">
          {prefix.length > 0 && <span className="font-normal text-neutral-500">{prefix.join("/")}/</span>}
          {name}
        </h1>
        <div className="flex shrink-0 items-center gap-2">
          <Link href={lineageFocusHref(path)} className={LINK_BUTTON}>
            <GraphIcon size={14} /> View in lineage
          </Link>
          {asset && !asset.isSource && (
            <Link href={launchpadHref({ selection: path.join("/") })} className={LINK_BUTTON}>
              <PlayIcon size={13} /> Open launchpad
            </Link>
          )}
          <MaterializeButton
            assetKeys={asset && !asset.isSource ? [asset.assetKey.path] : []}
            disabledReason={
              !asset ? "Loading asset" : asset.isSource ? "A source asset is observed, not materialized" : null
            }
            description={`Materialize ${path.join("/")}`}
          />
        </div>
      </div>
      <div className="mt-2.5 flex min-h-6 flex-wrap items-center gap-x-4 gap-y-2 text-[13px]">
        {asset ? (
          <>
            <span className="text-neutral-500">
              Group{" "}
              <Link
                href={`/assets?selection=${encodeURIComponent(`group:${asset.groupName}`)}`}
                className="font-medium text-neutral-800 hover:text-accent-700 hover:underline"
              >
                {asset.groupName}
              </Link>
            </span>
            <span className="text-neutral-500">
              Code location <span className="font-medium text-neutral-800">{asset.codeLocationName}</span>
            </span>
            {asset.kinds.length > 0 && <KindBadges kinds={asset.kinds} />}
            <MaterializationStatus info={asset.assetLatestInfo} className="text-[13px]" />
            {asset.freshnessInfo && <FreshnessBadge info={asset.freshnessInfo} />}
            {isUnsynced(asset) && <StaleBadge asset={asset} partitionCount={asset.partitionCount} />}
            {checks && (
              <button type="button" onClick={onOpenChecks} className="rounded-sm hover:opacity-80">
                <ChecksSummaryBadge summary={checks} />
              </button>
            )}
            {partitionSummary?.partitionStats && (
              <button type="button" onClick={onOpenPartitions} className="rounded-sm hover:opacity-80">
                <PartitionStatsBar stats={partitionSummary.partitionStats} />
              </button>
            )}
          </>
        ) : (
          <>
            <Skeleton className="h-4 w-32" />
            <Skeleton className="h-4 w-40" />
            <Skeleton className="h-4 w-24" />
          </>
        )}
      </div>
    </header>
  );
}

function AssetNotFound({ path }: { path: string[] }) {
  const key = path.join("/");
  return (
    <div className="px-6 py-16">
      <div className="mx-auto max-w-lg rounded-lg border border-neutral-200 bg-white shadow-xs">
        <EmptyState icon={<SearchIcon size={22} />} title="Asset not found">
          <p>
            No asset with key{" "}
            <code className="rounded bg-neutral-100 px-1 py-0.5 font-mono text-[12px] text-neutral-800">{key}</code>{" "}
            exists in any loaded code location.
          </p>
          <div className="mt-5 flex justify-center gap-2">
            <Link
              href="/assets"
              className="inline-flex h-8 items-center rounded-md bg-accent-600 px-3 text-[13px] font-medium text-white shadow-sm hover:bg-accent-700"
            >
              Browse the catalog
            </Link>
            <Link
              href="/deployment"
              className="inline-flex h-8 items-center rounded-md bg-white px-3 text-[13px] font-medium text-neutral-800 ring-1 ring-neutral-300 ring-inset hover:bg-neutral-50"
            >
              Check code locations
            </Link>
          </div>
        </EmptyState>
      </div>
    </div>
  );
}

function OverviewSkeleton() {
  return (
    <div role="status" aria-label="Loading asset" className="grid grid-cols-1 gap-5 lg:grid-cols-[1fr_360px]">
      <div className="space-y-3">
        <Skeleton className="h-4 w-2/3" />
        <Skeleton className="h-4 w-1/2" />
        <Skeleton className="mt-6 h-40 w-full" />
      </div>
      <div className="space-y-3">
        <Skeleton className="h-24 w-full" />
        <Skeleton className="h-32 w-full" />
      </div>
    </div>
  );
}
