"use client";
// The global graph of a large workspace (over the overview threshold, 10,000 assets by default): it opens on its
// groups (GroupOverviewCanvas) and fetches a group's assets when one is opened (`?group=<name>`), drawn with the
// assets of other groups they are linked to as links that open those groups. Selection, the side panel and launching
// work as on the whole graph, within the open group; typing a selection asks for the whole graph (onWholeGraph).
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useState } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { toAssetKeyString } from "../../lib/core/assetKey";
import { AssetSelectionInput } from "../asset-selection/AssetSelectionInput";
import { launchpadHref } from "../launchpad/launchpadLinks";
import { MaterializeButton } from "../runs/MaterializeButton";
import { ErrorState } from "../ui/ErrorState";
import { ChevronRightIcon } from "../ui/icons";
import { AssetGraphView } from "./AssetGraphView";
import { AssetSidePanel } from "./AssetSidePanel";
import { AssetTreeSidebar } from "./AssetTreeSidebar";
import type { AssetGraphOverview } from "./assetGraphGroups";
import { GraphSkeleton } from "./GraphSkeleton";
import { GroupOverviewCanvas } from "./GroupOverviewCanvas";
import { useAssetGraphGroups, useAssetGroupOf } from "./useAssetGraphGroups";
import { withPendingStatus } from "./useAssetGraphNodes";
import { safeKeyPath, useKeySelection } from "./useKeySelection";

const HeaderMaterializeButton = memo(MaterializeButton);
const NO_GROUPS: readonly string[] = [];
const SELECTION_PAUSE_MS = 700;

export function GroupedAssetGraphPage({
  overview,
  onWholeGraph,
}: {
  overview: AssetGraphOverview;
  /** Leaves the overview for the whole graph, with this selection typed. */
  onWholeGraph: (selection: string) => void;
}) {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const focusKey = searchParams.get("focus");
  const focusGroup = useAssetGroupOf(searchParams.get("group") ? null : focusKey);
  const openGroup = searchParams.get("group") ?? focusGroup.data ?? null;
  const setOpenGroup = useCallback(
    (name: string | null) => {
      // pushState keeps Next's router in sync, so Back returns to the overview.
      const params = new URLSearchParams(window.location.search);
      if (name) params.set("group", name);
      else params.delete("group");
      params.delete("focus");
      const query = params.toString();
      window.history.pushState(null, "", query ? `${pathname}?${query}` : pathname);
    },
    [pathname],
  );
  // A selection is evaluated against every asset: once typing pauses, the whole graph is asked for with it.
  const [typed, setTyped] = useState("");
  useEffect(() => {
    if (!typed.trim()) return;
    const timer = setTimeout(() => onWholeGraph(typed), SELECTION_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed, onWholeGraph]);
  const groupNames = useMemo(() => (openGroup ? [openGroup] : NO_GROUPS), [openGroup]);
  const groups = useAssetGraphGroups(groupNames, { enabled: openGroup !== null });
  const data = openGroup ? groups.data : undefined;

  const assets = useMemo(() => (data ? [...data.assets, ...data.linkedAssets.map(withPendingStatus)] : []), [data]);
  const linkedGroups = useMemo(() => new Set(data?.linkedAssets.map((a) => a.groupName) ?? []), [data]);
  const ownKeys = useMemo(() => new Set(data?.assets.map((a) => toAssetKeyString(a.assetKey.path)) ?? []), [data]);

  const {
    setSelectedKeys,
    selectedKey,
    setSelectedKey,
    toggleKey,
    selectedSet,
    focusRequest,
    selectAndFocus,
    selectPath,
  } = useKeySelection();
  const panelKey = useDeferredValue(selectedKey);
  const openAndClear = useCallback(
    (name: string | null) => {
      setSelectedKeys([]);
      setOpenGroup(name);
    },
    [setOpenGroup, setSelectedKeys],
  );

  const materializable = useMemo(
    () => (data?.assets ?? []).filter((a) => !a.isSource).map((a) => a.assetKey.path),
    [data],
  );
  const selectedMaterializable = useMemo(
    () =>
      assets
        .filter((a) => !a.isSource && selectedSet.has(toAssetKeyString(a.assetKey.path)))
        .map((a) => a.assetKey.path),
    [assets, selectedSet],
  );

  return (
    <div className="flex h-full flex-col">
      <div className="flex shrink-0 items-start gap-4 border-b border-neutral-200 bg-white px-4 py-2.5">
        <div className="flex h-9 shrink-0 items-center gap-2">
          <h1 className="text-[15px] font-semibold text-neutral-900">Lineage</h1>
          <span className="rounded bg-neutral-100 px-1.5 text-xs text-neutral-600 tabular-nums">
            {overview.assetCount.toLocaleString("en")} assets in {overview.groups.length.toLocaleString("en")} groups
          </span>
        </div>
        <AssetSelectionInput
          className="max-w-3xl flex-1"
          value={typed}
          onChange={setTyped}
          error={null}
          matchCount={overview.assetCount}
          totalCount={overview.assetCount}
        />
        <div className="ml-auto flex h-9 shrink-0 items-center gap-2">
          {selectedMaterializable.length > 0 && (
            <>
              <Link
                href={launchpadHref({ selection: selectedMaterializable.map((p) => p.join("/")).join(" or ") })}
                className="inline-flex h-8 items-center gap-1.5 rounded-md px-3 text-[13px] font-medium text-neutral-700 hover:bg-neutral-100 hover:text-neutral-900"
              >
                Open launchpad
              </Link>
              <HeaderMaterializeButton
                variant="secondary"
                label={`Materialize selected (${selectedMaterializable.length})`}
                assetKeys={selectedMaterializable}
                description={`Materialize ${selectedMaterializable.map((p) => p.join("/")).join(", ")}`}
              />
            </>
          )}
          {openGroup && data && (
            <HeaderMaterializeButton
              label={`Materialize group (${materializable.length})`}
              assetKeys={materializable}
              disabledReason={materializable.length === 0 ? `No materializable assets in ${openGroup}` : null}
              description={`Materialize the ${materializable.length} assets of group ${openGroup}`}
            />
          )}
        </div>
      </div>
      <nav
        aria-label="Graph location"
        className="flex h-9 shrink-0 items-center gap-1.5 border-b border-neutral-200 bg-white px-4 text-[13px]"
      >
        {openGroup ? (
          <>
            <button
              type="button"
              onClick={() => openAndClear(null)}
              className="font-medium text-accent-700 hover:text-accent-900"
            >
              All groups
            </button>
            <ChevronRightIcon size={13} className="text-neutral-400" />
            <span className="font-semibold text-neutral-900" aria-current="page">
              {openGroup}
            </span>
            {data && (
              <span className="text-neutral-500">
                · {data.assets.length} assets, linked to {linkedGroups.size} other group
                {linkedGroups.size === 1 ? "" : "s"}
              </span>
            )}
          </>
        ) : (
          <span className="text-neutral-600">All groups · click a group to open its assets</span>
        )}
      </nav>
      <div className="flex min-h-0 flex-1">
        {openGroup && data && data.assets.length > 0 && (
          <AssetTreeSidebar
            assets={data.assets}
            selection=""
            selectedKey={selectedKey}
            onSelectBranch={onWholeGraph}
            onSelectAsset={selectAndFocus}
          />
        )}
        <section aria-label="Asset graph" className="relative min-w-0 flex-1 bg-neutral-50">
          {!openGroup ? (
            <GroupOverviewCanvas overview={overview} onOpenGroup={openAndClear} />
          ) : groups.isError ? (
            <div className="flex h-full items-center justify-center p-6">
              <ErrorState
                title={`Could not load group ${openGroup}`}
                message={errorMessage(groups.error)}
                onRetry={() => void groups.refetch()}
              />
            </div>
          ) : !data ? (
            <GraphSkeleton label={`Loading group ${openGroup}`} className="h-full" />
          ) : (
            <AssetGraphView
              key={openGroup}
              assets={assets}
              selectedKey={selectedKey}
              selectedKeys={selectedSet}
              onSelectKey={setSelectedKey}
              onToggleKey={toggleKey}
              focusRequest={focusRequest}
              focusKey={focusKey && ownKeys.has(focusKey) ? focusKey : null}
              linkedGroups={linkedGroups}
              onOpenGroup={openAndClear}
              groupOverview={false}
            />
          )}
        </section>
        {panelKey && (
          <AssetSidePanel path={safeKeyPath(panelKey)} onClose={() => toggleKey(panelKey)} onSelectPath={selectPath} />
        )}
      </div>
    </div>
  );
}
