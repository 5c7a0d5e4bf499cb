"use client";
// The asset lineage canvas: React Flow over a layered layout (computed in a worker), with collapsible groups,
// selection and fit-to-view. Built for 10,000 assets: only nodes in view are rendered, node objects keep their
// identity unless what they show changed (so a click re-renders the clicked nodes, not the graph), edges are a few
// SVG paths (AssetEdges), and zoomed far out nodes draw a simpler card, or with several groups one box per group
// (zoomLevel), whose name and counts read at any zoom.
import {
  Background,
  BackgroundVariant,
  ControlButton,
  Controls,
  getViewportForBounds,
  type NodeTypes,
  ReactFlow,
  ReactFlowProvider,
  type ReactFlowState,
  useReactFlow,
  useStore,
  useStoreApi,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import {
  type KeyboardEvent,
  type MouseEvent,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { toAssetKeyString } from "../../lib/core/assetKey";
import type { AssetNodeListItem } from "../assets/useAssetNodes";
import { useExternalRunsInProgress } from "../assets/useExternalRunsInProgress";
import type { ChecksSummary } from "../checks/checkStatus";
import { useChecksSummaryByKey } from "../checks/useChecksSummaryByKey";
import { usePartitionStatsByKey } from "../partitions/usePartitionStatsByKey";
import type { PartitionStats } from "../partitions/usePartitions";
import { Skeleton } from "../ui/Skeleton";
import { AssetEdges, nodeBoxes } from "./AssetEdges";
import { AssetGraphMiniMap } from "./AssetGraphMiniMap";
import { AssetNodeCard } from "./AssetNodeCard";
import type { AssetRunState } from "./assetRunState";
import type { AssetFlowNode, AssetGraphFlowNode } from "./flowTypes";
import { CollapsedGroupNode, GroupBoxNode, GroupOverviewNode } from "./GroupNodes";
import { type GraphActions, GraphActionsContext, NodeDetailContext } from "./graphActions";
import { ASSET_NODE_SIZE, type AssetGraphLayout, type LayoutInput } from "./layoutAssetGraph";
import { useAssetGraphLayout } from "./useAssetGraphLayout";
import { useAssetRunStates } from "./useAssetRunStates";
import { fitMinZoom, GROUP_FOCUS_MIN_ZOOM, minZoomFor, nodeDetailAt } from "./zoomLevel";

/**
 * The layout has a margin of its own: a small one around it uses the canvas for the picture, a little more where the
 * selection hint (top left) and the zoom controls (bottom left) sit over the canvas.
 */
const FIT_PADDING = { top: "36px", right: "8px", bottom: "8px", left: "24px" } as const;
/** An asset opened with `?focus=` is shown at least this large, where its card reads. */
const FOCUS_MIN_ZOOM = 0.9;
/** A small graph is fitted no larger than this, not blown up to fill the canvas. */
const FIT_MAX_ZOOM = 1.1;

interface Region {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The region React Flow gets nodes for, as a string so the selector's result compares cheaply: the view plus half a
 * view each side, snapped to a grid of half views at a zoom rounded to a power of 1.5, so it changes every half view
 * of panning and every 1.5× of zooming, and always covers the view.
 */
function regionOf(s: ReactFlowState): string {
  const [tx, ty, zoom] = s.transform;
  if (!s.width || !s.height) return "";
  const rounded = Math.pow(1.5, Math.round(Math.log(zoom) / Math.log(1.5)));
  const cellWidth = s.width / rounded / 2;
  const cellHeight = s.height / rounded / 2;
  const left = -tx / zoom;
  const top = -ty / zoom;
  const snap = (value: number, cell: number, round: (n: number) => number) => round(value / cell) * cell;
  return [
    snap(left - cellWidth, cellWidth, Math.floor),
    snap(top - cellHeight, cellHeight, Math.floor),
    snap(left + s.width / zoom + cellWidth, cellWidth, Math.ceil),
    snap(top + s.height / zoom + cellHeight, cellHeight, Math.ceil),
  ].join(",");
}

function parseRegion(key: string): Region | null {
  if (!key) return null;
  const [left, top, right, bottom] = key.split(",").map(Number) as [number, number, number, number];
  return { left, top, right, bottom };
}

const meets = (r: Region, x: number, y: number, width: number, height: number) =>
  x <= r.right && x + width >= r.left && y <= r.bottom && y + height >= r.top;

/** React Flow's fit-view icon, for the fit button that fits the whole layout. */
function FitViewIcon() {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30">
      <path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" />
    </svg>
  );
}

const nodeTypes: NodeTypes = {
  asset: AssetNodeCard,
  assetGroup: GroupBoxNode,
  collapsedGroup: CollapsedGroupNode,
  groupOverview: GroupOverviewNode,
};

export interface AssetGraphViewProps {
  /** The assets to draw; edges are drawn between those present. */
  assets: readonly AssetNodeListItem[];
  selectedKey: string | null;
  onSelectKey: (key: string | null) => void;
  /** Further selected assets, drawn selected alongside `selectedKey` (multi-selection). */
  selectedKeys?: ReadonlySet<string>;
  /** Shift-, cmd- or ctrl-click adds or removes an asset; without it those clicks select as a plain click does. */
  onToggleKey?: (key: string) => void;
  /** Groups drawn as a box around their assets; off for small, single-purpose graphs. */
  showGroups?: boolean;
  /** Shows the minimap; off for graphs embedded in a smaller panel. */
  showMiniMap?: boolean;
  /** Assets drawn faded, e.g. the neighbours around a focused asset. */
  dimmedKeys?: ReadonlySet<string>;
  /** Pans the asset into view; a new object each time, so asking twice for the same key pans twice. */
  focusRequest?: { key: string } | null;
  /** The asset the page was opened on: drawn with a ring, and the first picture is centred on it where it reads. */
  focusKey?: string | null;
  /** The assets' statuses are still loading: nodes show a placeholder where the status goes. */
  statusPending?: boolean;
  /** Called after the first picture (or a layout error) is on screen and the browser is idle. */
  onDrawn?: () => void;
  /**
   * Groups present only through the assets linked to the ones drawn (a group opened from the overview of a large
   * graph): always collapsed, drawn as a link that opens the group (`onOpenGroup`).
   */
  linkedGroups?: ReadonlySet<string>;
  onOpenGroup?: (groupName: string) => void;
  /** Zoomed out past reading, several groups are drawn as one box each; off where the groups are a few links. */
  groupOverview?: boolean;
}

export function AssetGraphView(props: AssetGraphViewProps) {
  return (
    <ReactFlowProvider>
      <AssetGraphCanvas {...props} />
    </ReactFlowProvider>
  );
}

function AssetGraphCanvas({
  assets,
  selectedKey,
  onSelectKey,
  selectedKeys,
  onToggleKey,
  showGroups = true,
  showMiniMap = true,
  dimmedKeys,
  focusRequest,
  focusKey = null,
  statusPending = false,
  onDrawn,
  linkedGroups,
  onOpenGroup,
  groupOverview = true,
}: AssetGraphViewProps) {
  const [collapsedByReader, setCollapsedGroups] = useState<readonly string[]>([]);
  const collapsedGroups = useMemo(
    () => (linkedGroups && linkedGroups.size > 0 ? [...collapsedByReader, ...linkedGroups] : collapsedByReader),
    [collapsedByReader, linkedGroups],
  );
  const { getZoom, setCenter, setViewport, fitBounds } = useReactFlow();

  const byKey = useMemo(() => new Map(assets.map((a) => [toAssetKeyString(a.assetKey.path), a])), [assets]);
  // Partition counts and check results are fetched once the graph is drawn (LiveNodeData, `settled`), not while it loads.
  const [live, setLive] = useState<LiveData>(NO_LIVE_DATA);

  const layoutInput = useMemo<LayoutInput>(
    () => ({
      assets: assets.map((a) => ({ id: toAssetKeyString(a.assetKey.path), groupName: showGroups ? a.groupName : "" })),
      edges: assets.flatMap((a) => {
        const target = toAssetKeyString(a.assetKey.path);
        return a.dependencyKeys.map((d) => ({ source: toAssetKeyString(d.path), target }));
      }),
      collapsedGroups: showGroups ? collapsedGroups : [],
    }),
    [assets, collapsedGroups, showGroups],
  );
  const { layout, error } = useAssetGraphLayout(layoutInput);
  const store = useStoreApi();
  // Far enough out to see the whole layout, however large (100,000 assets are some 80,000 units across).
  const minZoom = useStore((s) => (layout ? minZoomFor(layout.width, layout.height, s.width, s.height) : 0.1));
  const actions = useMemo<GraphActions>(
    () => ({
      toggleGroup: (name) => {
        if (linkedGroups?.has(name)) onOpenGroup?.(name);
        else
          setCollapsedGroups((current) =>
            current.includes(name) ? current.filter((g) => g !== name) : [...current, name],
          );
      },
      zoomToGroup: (groupId) => {
        const group = layout?.groups.find((g) => g.id === groupId);
        if (!group) return;
        const { width, height } = store.getState();
        const fitted = getViewportForBounds(group, width, height, minZoom, FIT_MAX_ZOOM, 0.1);
        // A group too large to read fitted whole would stay in the overview: its centre, where its assets read.
        if (fitted.zoom >= GROUP_FOCUS_MIN_ZOOM) void fitBounds(group, { padding: 0.1, duration: 300 });
        else
          void setCenter(group.x + group.width / 2, group.y + group.height / 2, {
            zoom: GROUP_FOCUS_MIN_ZOOM,
            duration: 300,
          });
      },
    }),
    [fitBounds, setCenter, layout, store, minZoom, linkedGroups, onOpenGroup],
  );
  // Several groups zoomed out past reading are drawn as one box each (zoomLevel).
  const overviewGroups = showGroups && groupOverview && layout ? layout.groups.length : 0;
  const detail = useStore((s) => nodeDetailAt(s.transform[2], overviewGroups));

  // React Flow gets the nodes in and around the view only (the region: the view plus half a view each side, snapped
  // to a grid so a pan changes it every half view, not every frame): what it does per node on every update and every
  // frame then costs the same at 10,000 assets as at 1,000. Fit, minimap and edges work from the layout instead.
  const regionKey = useStore(regionOf);
  const region = useMemo(() => parseRegion(regionKey), [regionKey]);
  // Per layout and asset list, not per region: a pan across 100,000 assets changes the region every half view.
  const tallies = useMemo(() => (layout ? groupTallies(layout, byKey) : null), [layout, byKey]);
  const runningByGroup = useMemo(() => runningPerGroup(byKey, live), [byKey, live]);
  // Nodes as drawn, without the selection; an asset's node keeps its object while nothing it shows changed.
  const baseNodes = useMemo(
    () =>
      layout && region && tallies
        ? toFlowNodes(layout, region, byKey, tallies, runningByGroup, {
            linkedGroups,
            dimmedKeys,
            showGroups,
            statusPending,
            live,
            overview: detail === "groups",
            focusKey,
          })
        : [],
    [
      layout,
      region,
      byKey,
      tallies,
      runningByGroup,
      linkedGroups,
      dimmedKeys,
      showGroups,
      statusPending,
      live,
      detail,
      focusKey,
    ],
  );
  // Selection is ours (props), not React Flow's: only the nodes it touches get new objects.
  const nodes = useMemo(() => {
    const isSelected = (id: string) => id === selectedKey || (selectedKeys?.has(id) ?? false);
    return baseNodes.map((node) => (node.type === "asset" && isSelected(node.id) ? { ...node, selected: true } : node));
  }, [baseNodes, selectedKey, selectedKeys]);

  const boxes = useMemo(() => (layout ? nodeBoxes(layout) : null), [layout]);

  // Selecting from the side panel may pick an asset off-screen; centre it at the current zoom.
  useEffect(() => {
    const box = focusRequest && boxes?.get(focusRequest.key);
    if (!box) return;
    void setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: getZoom(), duration: 300 });
  }, [focusRequest, boxes, getZoom, setCenter]);

  // The whole layout in view: the first picture at once, later ones (selection filter, collapse) with a short glide;
  // not when the selected asset changes.
  const fitAll = useCallback(
    (duration: number) => {
      if (!layout) return;
      const { width, height } = store.getState();
      if (!width || !height) return;
      const bounds = { x: 0, y: 0, width: layout.width, height: layout.height };
      const least = fitMinZoom(minZoom, overviewGroups);
      void setViewport(getViewportForBounds(bounds, width, height, least, FIT_MAX_ZOOM, FIT_PADDING), { duration });
    },
    [layout, store, setViewport, minZoom, overviewGroups],
  );
  // The asset the page was opened on, centred once its box is known, at least as large as its card reads.
  const centredFocus = useRef<string | null>(null);
  const shapeKey = layout
    ? `${layout.groups.map((g) => `${g.id}:${g.collapsed}:${g.assetCount}`).join("|")}#${layout.assets.length}`
    : "";
  const paneSized = useStore((s) => s.width > 0 && s.height > 0);
  const fittedShape = useRef("");
  // Before paint, so the first picture never shows at the default view.
  useLayoutEffect(() => {
    if (!shapeKey || shapeKey === fittedShape.current || !paneSized) return;
    fitAll(fittedShape.current === "" ? 0 : 250);
    fittedShape.current = shapeKey;
  }, [shapeKey, paneSized, fitAll]);
  useLayoutEffect(() => {
    const box = focusKey && paneSized && fittedShape.current ? boxes?.get(focusKey) : undefined;
    if (!box || centredFocus.current === focusKey) return;
    centredFocus.current = focusKey;
    void setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: Math.max(getZoom(), FOCUS_MIN_ZOOM) });
  }, [focusKey, boxes, paneSized, shapeKey, getZoom, setCenter]);
  // The minimap only while part of the picture is out of view: at fit it would cover the picture's corner.
  const wholeInView = useStore((s) => {
    if (!layout || !s.width || !s.height) return true;
    const [tx, ty, zoom] = s.transform;
    return tx >= -1 && ty >= -1 && tx + layout.width * zoom <= s.width + 1 && ty + layout.height * zoom <= s.height + 1;
  });

  // Settled once the browser is idle after the first picture: what is fetched then (partition counts, check results,
  // and the caller's statuses: heavy requests at 10,000 assets) does not compete with drawing it, on a machine that
  // may also run the server.
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (settled || (!layout && !error)) return;
    if (typeof requestIdleCallback === "undefined") {
      const timer = setTimeout(() => setSettled(true), 0);
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(() => setSettled(true), { timeout: 2_000 });
    return () => cancelIdleCallback(idle);
  }, [settled, layout, error]);
  useEffect(() => {
    if (settled) onDrawn?.();
  }, [settled, onDrawn]);

  const onNodeClick = useCallback(
    (event: MouseEvent, node: AssetGraphFlowNode) => {
      if (node.type === "groupOverview") actions.zoomToGroup(node.data.groupId);
      if (node.type === "collapsedGroup" && linkedGroups?.has(node.data.name)) onOpenGroup?.(node.data.name);
      if (node.type !== "asset") return;
      if (onToggleKey && (event.shiftKey || event.metaKey || event.ctrlKey)) onToggleKey(node.id);
      else onSelectKey(node.id);
    },
    [onSelectKey, onToggleKey, actions, linkedGroups, onOpenGroup],
  );

  // React Flow makes each node focusable (Tab) but Enter and Space only touch its own selection state, which this
  // controlled graph ignores: they select the focused asset here, as a click does.
  const onNodeKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key !== "Enter" && event.key !== " ") return;
      const target = event.target;
      if (!(target instanceof HTMLElement)) return;
      // A group's box zoomed out zooms in on the group, as a click does.
      if (target.classList.contains("react-flow__node-groupOverview") && target.dataset.id) {
        event.preventDefault();
        actions.zoomToGroup(target.dataset.id.replace(/:overview$/, ""));
        return;
      }
      if (!target.classList.contains("react-flow__node-asset")) return;
      const key = target.dataset.id;
      if (!key) return;
      event.preventDefault();
      if (onToggleKey && (event.shiftKey || event.metaKey || event.ctrlKey)) onToggleKey(key);
      else onSelectKey(key);
    },
    [onSelectKey, onToggleKey, actions],
  );

  if (error) {
    return (
      <div className="flex h-full items-center justify-center text-sm text-red-700">
        Could not lay out the graph: {error}
      </div>
    );
  }

  return (
    <GraphActionsContext.Provider value={actions}>
      <NodeDetailContext.Provider value={detail}>
        {settled && <LiveNodeData onChange={setLive} />}
        <div className="relative h-full w-full">
          {!layout && <GraphSkeleton />}
          <ReactFlow<AssetGraphFlowNode>
            nodes={nodes}
            nodeTypes={nodeTypes}
            onlyRenderVisibleElements
            onNodeClick={onNodeClick}
            onKeyDown={onNodeKeyDown}
            onPaneClick={() => onSelectKey(null)}
            multiSelectionKeyCode={null}
            selectionKeyCode={null}
            nodesDraggable={false}
            nodesConnectable={false}
            edgesFocusable={false}
            minZoom={minZoom}
            maxZoom={2}
            proOptions={{ hideAttribution: true }}
            aria-label="Asset lineage graph"
          >
            {layout && boxes && (
              <AssetEdges layout={layout} boxes={boxes} highlightKey={selectedKey} overview={detail === "groups"} />
            )}
            <Background variant={BackgroundVariant.Dots} gap={18} size={1} color="#d4d4d8" />
            <Controls showInteractive={false} showFitView={false} position="bottom-left">
              {/* React Flow's own would fit the nodes it holds, only those around the view. */}
              <ControlButton
                onClick={() => fitAll(250)}
                className="react-flow__controls-fitview"
                title="Fit View"
                aria-label="Fit View"
              >
                <FitViewIcon />
              </ControlButton>
            </Controls>
            {showMiniMap && layout && !wholeInView && <AssetGraphMiniMap layout={layout} showGroups={showGroups} />}
          </ReactFlow>
        </div>
      </NodeDetailContext.Provider>
    </GraphActionsContext.Provider>
  );
}

/**
 * The last node built for each asset (the query's structural sharing keeps an unchanged asset the same object across
 * refetches): reused while its place and what it shows are unchanged, so React Flow and the memoised card skip it.
 */
const assetNodeCache = new WeakMap<AssetNodeListItem, AssetFlowNode>();

/**
 * Nodes come with their size (`measured`) and handles (none: AssetEdges draws the edges), so React Flow has nothing to
 * measure: otherwise it renders every node once, visible or not, just to measure it (all 10,000 at 10,000 assets).
 */
const NO_HANDLES: NonNullable<AssetFlowNode["handles"]> = [];
const ASSET_MEASURED = { width: ASSET_NODE_SIZE.width, height: ASSET_NODE_SIZE.height };

interface LiveData {
  partitionStats: ReadonlyMap<string, PartitionStats>;
  checks: ReadonlyMap<string, ChecksSummary>;
  running: ReadonlyMap<string, string>;
  runStates: ReadonlyMap<string, AssetRunState>;
}

const NO_LIVE_DATA: LiveData = {
  partitionStats: new Map(),
  checks: new Map(),
  running: new Map(),
  runStates: new Map(),
};

/** Subscribes to partition counts and check results (each one request for every asset) and hands them up. */
function LiveNodeData({ onChange }: { onChange: (live: LiveData) => void }) {
  const partitionStats = usePartitionStatsByKey();
  const checks = useChecksSummaryByKey();
  const running = useExternalRunsInProgress();
  const runStates = useAssetRunStates();
  useEffect(
    () => onChange({ partitionStats, checks, running, runStates }),
    [onChange, partitionStats, checks, running, runStates],
  );
  return null;
}

interface FlowNodeOptions {
  linkedGroups: ReadonlySet<string> | undefined;
  dimmedKeys: ReadonlySet<string> | undefined;
  showGroups: boolean;
  statusPending: boolean;
  live: LiveData;
  /** One box per group instead of its assets (zoomed out past reading them). */
  overview: boolean;
  focusKey: string | null;
}

interface GroupTallies {
  /** Each group's assets in the layout. */
  members: ReadonlyMap<string, AssetGraphLayout["assets"]>;
  /** Failed assets by group name. */
  failedByGroup: ReadonlyMap<string, number>;
}

function groupTallies(layout: AssetGraphLayout, byKey: ReadonlyMap<string, AssetNodeListItem>): GroupTallies {
  const members = new Map<string, AssetGraphLayout["assets"]>();
  for (const asset of layout.assets) {
    const list = members.get(asset.groupId);
    if (list) list.push(asset);
    else members.set(asset.groupId, [asset]);
  }
  const failedByGroup = new Map<string, number>();
  for (const item of byKey.values()) {
    if (item.assetLatestInfo.state === "FAILED")
      failedByGroup.set(item.groupName, (failedByGroup.get(item.groupName) ?? 0) + 1);
  }
  return { members, failedByGroup };
}

/** Assets running now (a Strata run or an external one) by group name, for the overview's boxes. */
function runningPerGroup(byKey: ReadonlyMap<string, AssetNodeListItem>, live: LiveData): ReadonlyMap<string, number> {
  const runningByGroup = new Map<string, number>();
  if (live.running.size === 0 && live.runStates.size === 0) return runningByGroup;
  for (const [key, item] of byKey) {
    if (live.running.has(key) || live.runStates.get(key)?.state === "RUNNING")
      runningByGroup.set(item.groupName, (runningByGroup.get(item.groupName) ?? 0) + 1);
  }
  return runningByGroup;
}

function toFlowNodes(
  layout: AssetGraphLayout,
  region: Region,
  byKey: ReadonlyMap<string, AssetNodeListItem>,
  { members, failedByGroup }: GroupTallies,
  runningByGroup: ReadonlyMap<string, number>,
  { linkedGroups, dimmedKeys, showGroups, statusPending, live, overview, focusKey }: FlowNodeOptions,
): AssetGraphFlowNode[] {
  const nodes: AssetGraphFlowNode[] = [];
  if (overview) {
    for (const group of layout.groups) {
      if (!meets(region, group.x, group.y, group.width, group.height)) continue;
      nodes.push({
        id: `${group.id}:overview`,
        type: "groupOverview",
        position: { x: group.x, y: group.y },
        width: group.width,
        height: group.height,
        measured: { width: group.width, height: group.height },
        handles: NO_HANDLES,
        zIndex: 1,
        data: {
          groupId: group.id,
          name: group.name,
          assetCount: group.assetCount,
          failedCount: failedByGroup.get(group.name) ?? 0,
          runningCount: runningByGroup.get(group.name) ?? 0,
        },
        ariaLabel: `Asset group ${group.name}, ${group.assetCount} asset${group.assetCount === 1 ? "" : "s"}`,
      });
    }
    return nodes;
  }
  for (const group of layout.groups) {
    if (!meets(region, group.x, group.y, group.width, group.height)) continue;
    if (group.collapsed) {
      nodes.push({
        id: group.id,
        type: "collapsedGroup",
        position: { x: group.x, y: group.y },
        width: group.width,
        height: group.height,
        measured: { width: group.width, height: group.height },
        handles: NO_HANDLES,
        zIndex: 1,
        data: {
          name: group.name,
          assetCount: group.assetCount,
          failedCount: failedByGroup.get(group.name) ?? 0,
          linked: linkedGroups?.has(group.name) ?? false,
        },
        ariaLabel: linkedGroups?.has(group.name)
          ? `Linked group ${group.name}`
          : `Asset group ${group.name} (collapsed)`,
      });
      continue;
    }
    if (showGroups) {
      // Behind the edges (z 0) and the assets (z 1), so lines between groups stay visible.
      nodes.push({
        id: group.id,
        type: "assetGroup",
        position: { x: group.x, y: group.y },
        width: group.width,
        height: group.height,
        measured: { width: group.width, height: group.height },
        handles: NO_HANDLES,
        data: { name: group.name, assetCount: group.assetCount },
        selectable: false,
        focusable: false,
        zIndex: -1,
        ariaLabel: `Asset group ${group.name}`,
      });
    }
    for (const asset of members.get(group.id) ?? []) {
      const item = byKey.get(asset.id);
      if (!item) continue;
      // Absolute, not children of the group box: React Flow recomputes every child's position on every update, and
      // the boxes need no more than to sit behind their assets (z -1).
      const x = group.x + asset.x;
      const y = group.y + asset.y;
      if (!meets(region, x, y, asset.width, asset.height)) continue;
      const dimmed = dimmedKeys?.has(asset.id) ?? false;
      const partitions = live.partitionStats.get(asset.id) ?? null;
      const checks = live.checks.get(asset.id) ?? null;
      const running = live.running.get(asset.id) ?? null;
      const runState = live.runStates.get(asset.id) ?? null;
      const focused = asset.id === focusKey;
      const before = assetNodeCache.get(item);
      if (
        before &&
        before.id === asset.id &&
        before.position.x === x &&
        before.position.y === y &&
        before.data.asset === item &&
        before.data.dimmed === dimmed &&
        before.data.partitions === partitions &&
        before.data.checks === checks &&
        before.data.running === running &&
        before.data.runState === runState &&
        before.data.focused === focused &&
        before.data.statusPending === statusPending
      ) {
        nodes.push(before);
        continue;
      }
      const node: AssetFlowNode = {
        id: asset.id,
        type: "asset",
        position: { x, y },
        width: asset.width,
        height: asset.height,
        measured: ASSET_MEASURED,
        handles: NO_HANDLES,
        // Above the edges, which are drawn at z 0 (AssetEdges).
        zIndex: 1,
        data: { asset: item, dimmed, partitions, checks, running, runState, focused, statusPending },
        ariaLabel: `Asset ${asset.id}`,
      };
      assetNodeCache.set(item, node);
      nodes.push(node);
    }
  }
  return nodes;
}

function GraphSkeleton() {
  return (
    <div
      role="status"
      aria-label="Laying out the asset graph"
      className="absolute inset-0 z-10 flex items-center justify-center gap-16 bg-neutral-50"
    >
      {[0, 1, 2].map((column) => (
        <div key={column} className="flex flex-col gap-5">
          {Array.from({ length: column === 1 ? 3 : 2 }, (_, i) => (
            <Skeleton key={i} className="h-16 w-56 rounded-md" />
          ))}
        </div>
      ))}
    </div>
  );
}
