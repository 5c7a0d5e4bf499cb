"use client";
// The global asset graph (/lineage): selection box, the asset tree on the left, the lineage canvas, and the selected
// asset's side panel docked on the right (the canvas narrows; nothing covers it). Shift-, cmd- or ctrl-click selects
// several assets for "Materialize selected"; the last one clicked fills the panel. `?focus=<key>` (from an asset
// page's "View in lineage") centres that asset and rings it.
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useState } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { toAssetKeyString } from "../../lib/core/assetKey";
import { AssetSelectionInput } from "../asset-selection/AssetSelectionInput";
import { useAssetSelection } from "../asset-selection/useAssetSelection";
import { launchpadHref } from "../launchpad/launchpadLinks";
import { MAX_GRID_ASSETS, multiAssetPartitionsHref } from "../partitions/partitionGridLinks";
import { MaterializeButton } from "../runs/MaterializeButton";
import { isUnsynced } from "../staleness/staleFields";
import { Button } from "../ui/Button";
import { EmptyState } from "../ui/EmptyState";
import { ErrorState } from "../ui/ErrorState";
import { GraphIcon, PlayIcon } from "../ui/icons";
import { AssetGraphView } from "./AssetGraphView";
import { AssetSidePanel } from "./AssetSidePanel";
import { AssetTreeSidebar } from "./AssetTreeSidebar";
import { GraphSkeleton } from "./GraphSkeleton";
import { GroupedAssetGraphPage } from "./GroupedAssetGraphPage";
import { useAssetGraphOverview } from "./useAssetGraphGroups";
import { prepareLayoutWorker } from "./useAssetGraphLayout";
import { useAssetGraphNodes } from "./useAssetGraphNodes";
import { safeKeyPath, useKeySelection } from "./useKeySelection";

// Its props are stable across a click in the graph; at 10,000 assets each render re-keys every asset it launches.
const HeaderMaterializeButton = memo(MaterializeButton);

/**
 * The overview comes first (groups and counts, cheap at any size): a large graph opens on its groups
 * (GroupedAssetGraphPage), any other on every asset. A selection typed over the groups asks for every asset, so it
 * can be evaluated; so does an overview that failed to load.
 */
export function AssetGraphPage() {
  const overview = useAssetGraphOverview();
  const [wholeGraph, setWholeGraph] = useState(false);
  const pathname = usePathname();
  const onWholeGraph = useCallback(
    (selection: string) => {
      const params = new URLSearchParams(window.location.search);
      params.set("selection", selection);
      params.delete("group");
      window.history.replaceState(null, "", `${pathname}?${params.toString()}`);
      setWholeGraph(true);
    },
    [pathname],
  );
  const selectionInUrl = Boolean(useSearchParams().get("selection")?.trim());
  if (overview.isPending) return <GraphSkeleton label="Loading assets" className="h-full" />;
  if (overview.data?.overviewFirst && !wholeGraph && !selectionInUrl)
    return <GroupedAssetGraphPage overview={overview.data} onWholeGraph={onWholeGraph} />;
  return <WholeAssetGraphPage />;
}

function WholeAssetGraphPage() {
  // The graph draws from the assets' structure; statuses (and what launches need) are fetched once it is drawn, so
  // on a busy server the picture comes first.
  const [graphDrawn, setGraphDrawn] = useState(false);
  const onGraphDrawn = useCallback(() => setGraphDrawn(true), []);
  const [nothingToDraw, setNothingToDraw] = useState(false);
  const assetNodes = useAssetGraphNodes({ fetchStatus: graphDrawn || nothingToDraw });
  useEffect(prepareLayoutWorker, []);
  // The selection box evaluates against a lineage graph of every asset (100 ms and more at 10,000 assets): build it
  // once there is a selection to evaluate, not on the way to the first picture.
  const [selectionInUse, setSelectionInUse] = useState(false);
  const selection = useAssetSelection(selectionInUse ? assetNodes.data : undefined);
  if (!selectionInUse && selection.text.trim()) setSelectionInUse(true);
  // In click order: the last is the one the side panel shows.
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
  // The panel follows a click a frame later: the clicked asset is drawn selected first, without waiting for the panel
  // to mount, start its requests and narrow the canvas.
  const panelKey = useDeferredValue(selectedKey);

  const visible = useMemo(() => {
    const all = assetNodes.data ?? [];
    const keys = selection.selectedKeys;
    return keys ? all.filter((a) => keys.has(toAssetKeyString(a.assetKey.path))) : all;
  }, [assetNodes.data, selection.selectedKeys]);

  // Source assets are observed, never materialized: leave them out of what the button launches.
  const materializable = useMemo(() => visible.filter((a) => !a.isSource).map((a) => a.assetKey.path), [visible]);
  // Only what is drawn can be launched: the selection filter may have hidden some selected assets since.
  const selectedVisible = useMemo(
    () => visible.filter((a) => selectedSet.has(toAssetKeyString(a.assetKey.path))),
    [visible, selectedSet],
  );
  const selectedMaterializable = useMemo(
    () => selectedVisible.filter((a) => !a.isSource).map((a) => a.assetKey.path),
    [selectedVisible],
  );
  const scope = selection.text.trim() && !selection.error ? "matching the selection" : "in the graph";
  const unsynced = useMemo(
    () =>
      assetNodes.statusPending ? [] : visible.filter((a) => !a.isSource && isUnsynced(a)).map((a) => a.assetKey.path),
    [visible, assetNodes.statusPending],
  );
  // With nothing to draw no graph will say it is drawn: fetch the rest now (adjusting state while rendering, as React
  // recommends over an effect).
  if (!nothingToDraw && assetNodes.data !== undefined && visible.length === 0) setNothingToDraw(true);
  const launchReady = graphDrawn || nothingToDraw;
  // The launchpad opens on the clicked assets, else on the selection typed in the box.
  const launchpadSelection =
    selectedMaterializable.length > 0
      ? selectedMaterializable.map((p) => p.join("/")).join(" or ")
      : selection.text.trim() && !selection.error
        ? selection.text.trim()
        : null;

  const focusKey = useSearchParams().get("focus");
  const visibleKeys = useMemo(() => new Set(visible.map((a) => toAssetKeyString(a.assetKey.path))), [visible]);
  // An asset picked in the tree but hidden by the selection brings the whole graph back, so it can be shown.
  const { setText: setSelectionText } = selection;
  const selectFromTree = useCallback(
    (key: string) => {
      if (!visibleKeys.has(key)) setSelectionText("");
      selectAndFocus(key);
    },
    [visibleKeys, setSelectionText, selectAndFocus],
  );

  return (
    <div className="flex h-full flex-col">
      <div className="flex shrink-0 items-start gap-4 border-b border-neutral-200 bg-white px-4 py-2.5">
        <div className="flex h-9 shrink-0 items-center gap-2">
          <h1 className="text-[15px] font-semibold text-neutral-900">Lineage</h1>
          {assetNodes.data && (
            <span className="rounded bg-neutral-100 px-1.5 text-xs text-neutral-600 tabular-nums">
              {assetNodes.data.length} assets
            </span>
          )}
        </div>
        <AssetSelectionInput
          className="max-w-3xl flex-1"
          value={selection.text}
          onChange={selection.setText}
          error={selection.error}
          matchCount={visible.length}
          totalCount={assetNodes.data?.length}
        />
        <div className="ml-auto flex h-9 shrink-0 items-center gap-2">
          {launchpadSelection && (
            <Link
              href={launchpadHref({ selection: launchpadSelection })}
              className="inline-flex h-8 items-center gap-1.5 rounded-md px-3 text-[13px] font-medium text-neutral-700 hover:bg-neutral-100 hover:text-neutral-900"
              title={`Open the launchpad for ${launchpadSelection}`}
            >
              Open launchpad
            </Link>
          )}
          {unsynced.length > 0 && (
            <HeaderMaterializeButton
              variant="secondary"
              label={`Materialize unsynced (${unsynced.length})`}
              assetKeys={unsynced}
              onlyUnsynced
              description={`Materialize ${unsynced.map((p) => p.join("/")).join(", ")}: their code or upstream data changed since they last materialized (partitioned assets: only their unsynced partitions)`}
            />
          )}
          {selectedVisible.length > 1 && selectedVisible.length <= MAX_GRID_ASSETS && (
            <Link
              href={multiAssetPartitionsHref(selectedVisible.map((a) => a.assetKey.path.join("/")))}
              className="inline-flex h-8 items-center gap-1.5 rounded-md px-3 text-[13px] font-medium text-neutral-700 hover:bg-neutral-100 hover:text-neutral-900"
              title="The selected assets' partitions in one grid"
            >
              Partitions
            </Link>
          )}
          {selectedVisible.length > 0 && (
            <HeaderMaterializeButton
              variant="secondary"
              label={`Materialize selected (${selectedMaterializable.length})`}
              assetKeys={selectedMaterializable}
              disabledReason={
                selectedMaterializable.length === 0 ? "Source assets are observed, not materialized" : null
              }
              description={`Materialize ${selectedMaterializable.map((p) => p.join("/")).join(", ")}`}
            />
          )}
          {launchReady ? (
            <HeaderMaterializeButton
              assetKeys={materializable}
              disabledReason={materializable.length === 0 ? `No materializable assets ${scope}` : null}
              description={`Materialize ${materializable.length} asset${materializable.length === 1 ? "" : "s"} ${scope}`}
            />
          ) : (
            // Until the graph is drawn: the same button, disabled, without the partition lookup a live one starts.
            <span title="Loading assets" className="inline-flex">
              <Button variant="primary" disabled>
                <PlayIcon size={13} />
                Materialize
              </Button>
            </span>
          )}
        </div>
      </div>

      <div className="flex min-h-0 flex-1">
        {assetNodes.data && assetNodes.data.length > 0 && (
          <AssetTreeSidebar
            assets={assetNodes.data}
            selection={selection.text}
            selectedKey={selectedKey}
            onSelectBranch={selection.setText}
            onSelectAsset={selectFromTree}
          />
        )}
        <section aria-label="Asset graph" className="relative min-w-0 flex-1 bg-neutral-50">
          {assetNodes.isError ? (
            <div className="flex h-full items-center justify-center p-6">
              <ErrorState
                title="Could not load assets"
                message={errorMessage(assetNodes.error)}
                onRetry={() => void assetNodes.refetch()}
              />
            </div>
          ) : assetNodes.data === undefined ? (
            <GraphSkeleton label="Loading assets" className="h-full" />
          ) : assetNodes.data.length === 0 ? (
            <EmptyState icon={<GraphIcon size={22} />} title="No assets yet" className="h-full justify-center">
              Assets appear here once a code location loads. Check its status on the{" "}
              <Link href="/deployment" className="font-medium text-accent-700 hover:underline">
                Deployment
              </Link>{" "}
              page.
            </EmptyState>
          ) : visible.length === 0 ? (
            <EmptyState
              icon={<GraphIcon size={22} />}
              title="No assets match this selection"
              className="h-full justify-center"
            >
              Nothing matches <code className="font-mono text-neutral-700">{selection.text}</code>. Try a group such as{" "}
              <code className="font-mono text-neutral-700">group:{assetNodes.data[0]?.groupName}</code>.
            </EmptyState>
          ) : (
            <>
              <AssetGraphView
                assets={visible}
                statusPending={assetNodes.statusPending}
                onDrawn={onGraphDrawn}
                selectedKey={selectedKey}
                selectedKeys={selectedSet}
                onSelectKey={setSelectedKey}
                onToggleKey={toggleKey}
                focusRequest={focusRequest}
                focusKey={focusKey}
              />
              <GraphSelectionHint count={selectedVisible.length} onClear={() => setSelectedKeys([])} />
            </>
          )}
        </section>
        {panelKey && (
          <AssetSidePanel path={safeKeyPath(panelKey)} onClose={() => toggleKey(panelKey)} onSelectPath={selectPath} />
        )}
      </div>
    </div>
  );
}

/** Over the canvas: how many assets are selected, how to pick more, and a way to clear them. */
function GraphSelectionHint({ count, onClear }: { count: number; onClear: () => void }) {
  return (
    <div className="pointer-events-none absolute top-3 left-3 z-10 flex items-center gap-2">
      <div className="pointer-events-auto flex items-center gap-2 rounded-md border border-neutral-200 bg-white/95 px-2.5 py-1 text-xs text-neutral-600 shadow-xs backdrop-blur-sm">
        {count > 0 ? (
          <>
            <span className="font-medium text-neutral-900" data-testid="graph-selection-count">
              {count} selected
            </span>
            <span className="text-neutral-500">·</span>
            <span>Shift-click to add or remove</span>
            <button type="button" onClick={onClear} className="font-medium text-accent-700 hover:text-accent-900">
              Clear
            </button>
          </>
        ) : (
          <span>Click an asset to select it; shift-click to select several</span>
        )}
      </div>
    </div>
  );
}
