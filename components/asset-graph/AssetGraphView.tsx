"use client";
// The asset lineage canvas: React Flow over an ELK layout, with collapsible groups, selection and fit-to-view.
import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useEdgesState,
  MarkerType,
  useNodesInitialized,
  useNodesState,
  useReactFlow,
  type Edge,
  type NodeChange,
  type NodeTypes,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from "react";
import type { AssetNodeListItem } from "../../graphql/client/assetNodes";
import { toAssetKeyString } from "../../lib/core/assetKey";
import { AssetNodeCard } from "./AssetNodeCard";
import { GraphActionsContext, type GraphActions } from "./graphActions";
import type { AssetGraphFlowNode } from "./flowTypes";
import { CollapsedGroupNode, GroupBoxNode } from "./GroupNodes";
import type { AssetGraphLayout, LayoutInput } from "./layoutAssetGraph";
import { useAssetGraphLayout } from "./useAssetGraphLayout";
import { Skeleton } from "../ui/Skeleton";
import type { PartitionStats } from "../../graphql/client/partitions";
import { usePartitionStatsByKey } from "../partitions/usePartitionStatsByKey";
import type { ChecksSummary } from "../checks/checkStatus";
import { useChecksSummaryByKey } from "../checks/useChecksSummaryByKey";

const nodeTypes: NodeTypes = { asset: AssetNodeCard, assetGroup: GroupBoxNode, collapsedGroup: CollapsedGroupNode };

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
}: AssetGraphViewProps) {
  const [collapsedGroups, setCollapsedGroups] = useState<readonly string[]>([]);
  const actions = useMemo<GraphActions>(
    () => ({
      toggleGroup: (name) => setCollapsedGroups((current) => (current.includes(name) ? current.filter((g) => g !== name) : [...current, name])),
    }),
    [],
  );

  const byKey = useMemo(() => new Map(assets.map((a) => [toAssetKeyString(a.assetKey.path), a])), [assets]);
  const partitionStats = usePartitionStatsByKey();
  const checks = useChecksSummaryByKey();

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

  const [nodes, setNodes, onNodesChange] = useNodesState<AssetGraphFlowNode>([]);
  const [edges, setEdges, onEdgesChange] = useEdgesState<Edge>([]);
  // Selection is ours (props), not React Flow's: drop its select changes so a modified click cannot flash a deselect.
  const onNodeChanges = useCallback((changes: NodeChange<AssetGraphFlowNode>[]) => onNodesChange(changes.filter((c) => c.type !== "select")), [onNodesChange]);

  useEffect(() => {
    if (!layout) return;
    setNodes(toFlowNodes(layout, byKey, selectedKey, selectedKeys, dimmedKeys, showGroups, { partitionStats, checks }));
    setEdges(toFlowEdges(layout, selectedKey));
  }, [layout, byKey, selectedKey, selectedKeys, dimmedKeys, showGroups, partitionStats, checks, setNodes, setEdges]);

  // Refit when the set of drawn things changes (selection filter, collapse), not when the selected asset changes.
  const { fitView, getInternalNode, getZoom, setCenter } = useReactFlow();

  // Selecting from the side panel may pick an asset off-screen; centre it at the current zoom.
  useEffect(() => {
    if (!focusRequest) return;
    const node = getInternalNode(focusRequest.key);
    if (!node) return;
    const { x, y } = node.internals.positionAbsolute;
    void setCenter(x + (node.measured.width ?? 0) / 2, y + (node.measured.height ?? 0) / 2, { zoom: getZoom(), duration: 300 });
  }, [focusRequest, getInternalNode, getZoom, setCenter]);
  const nodesInitialized = useNodesInitialized();
  const shapeKey = layout ? `${layout.groups.map((g) => `${g.id}:${g.collapsed}:${g.assetCount}`).join("|")}#${layout.assets.length}` : "";
  const fittedShape = useRef("");
  useEffect(() => {
    // Wait until React Flow has measured the new nodes, or the fit uses the previous picture's bounds.
    if (!shapeKey || shapeKey === fittedShape.current || !nodesInitialized || nodes.length === 0) return;
    const drawn = new Set(nodes.map((n) => n.id));
    if (!layout?.groups.every((g) => drawn.has(g.id) || !showGroups)) return;
    const frame = requestAnimationFrame(() => {
      fittedShape.current = shapeKey;
      void fitView({ padding: 0.12, maxZoom: 1.1, duration: 250 });
    });
    return () => cancelAnimationFrame(frame);
  }, [shapeKey, nodesInitialized, nodes, layout, showGroups, fitView]);

  const onNodeClick = useCallback(
    (event: MouseEvent, node: AssetGraphFlowNode) => {
      if (node.type !== "asset") return;
      if (onToggleKey && (event.shiftKey || event.metaKey || event.ctrlKey)) onToggleKey(node.id);
      else onSelectKey(node.id);
    },
    [onSelectKey, onToggleKey],
  );

  if (error) {
    return <div className="flex h-full items-center justify-center text-sm text-red-700">Could not lay out the graph: {error}</div>;
  }

  return (
    <GraphActionsContext.Provider value={actions}>
      <div className="relative h-full w-full">
        {!layout && <GraphSkeleton />}
        <ReactFlow<AssetGraphFlowNode, Edge>
          nodes={nodes}
          edges={edges}
          onNodesChange={onNodeChanges}
          onEdgesChange={onEdgesChange}
          nodeTypes={nodeTypes}
          onNodeClick={onNodeClick}
          onPaneClick={() => onSelectKey(null)}
          multiSelectionKeyCode={null}
          selectionKeyCode={null}
          nodesDraggable={false}
          nodesConnectable={false}
          edgesFocusable={false}
          minZoom={0.1}
          maxZoom={2}
          fitView
          fitViewOptions={{ padding: 0.12, maxZoom: 1.1 }}
          proOptions={{ hideAttribution: true }}
          aria-label="Asset lineage graph"
        >
          <Background variant={BackgroundVariant.Dots} gap={18} size={1} color="#d4d4d8" />
          <Controls showInteractive={false} position="bottom-left" />
          {showMiniMap && (
            <MiniMap
              position="bottom-right"
              pannable
              zoomable
              nodeColor={(n) => (n.type === "assetGroup" ? "#f4f4f5" : n.type === "collapsedGroup" ? "#e4e4e7" : "#a5b4fc")}
              nodeStrokeColor={(n) => (n.type === "assetGroup" ? "#d4d4d8" : "transparent")}
              maskColor="rgba(250,250,250,0.7)"
            />
          )}
        </ReactFlow>
      </div>
    </GraphActionsContext.Provider>
  );
}

function toFlowNodes(
  layout: AssetGraphLayout,
  byKey: ReadonlyMap<string, AssetNodeListItem>,
  selectedKey: string | null,
  selectedKeys: ReadonlySet<string> | undefined,
  dimmedKeys: ReadonlySet<string> | undefined,
  showGroups: boolean,
  live: { partitionStats: ReadonlyMap<string, PartitionStats>; checks: ReadonlyMap<string, ChecksSummary> },
): AssetGraphFlowNode[] {
  const nodes: AssetGraphFlowNode[] = [];
  for (const group of layout.groups) {
    const members = layout.assets.filter((a) => a.groupId === group.id);
    if (group.collapsed) {
      const failedCount = [...byKey.values()].filter((a) => a.groupName === group.name && a.assetLatestInfo.state === "FAILED").length;
      nodes.push({
        id: group.id,
        type: "collapsedGroup",
        position: { x: group.x, y: group.y },
        width: group.width,
        height: group.height,
        data: { name: group.name, assetCount: group.assetCount, failedCount },
        ariaLabel: `Asset group ${group.name} (collapsed)`,
      });
      continue;
    }
    if (showGroups) {
      // Parents come before children, and sit below edges so lines between groups stay visible.
      nodes.push({
        id: group.id,
        type: "assetGroup",
        position: { x: group.x, y: group.y },
        width: group.width,
        height: group.height,
        data: { name: group.name, assetCount: group.assetCount },
        selectable: false,
        focusable: false,
        zIndex: -1,
        ariaLabel: `Asset group ${group.name}`,
      });
    }
    for (const asset of members) {
      const item = byKey.get(asset.id);
      if (!item) continue;
      nodes.push({
        id: asset.id,
        type: "asset",
        position: showGroups ? { x: asset.x, y: asset.y } : { x: group.x + asset.x, y: group.y + asset.y },
        ...(showGroups ? { parentId: group.id, extent: "parent" as const } : {}),
        width: asset.width,
        height: asset.height,
        selected: asset.id === selectedKey || (selectedKeys?.has(asset.id) ?? false),
        data: { asset: item, dimmed: dimmedKeys?.has(asset.id) ?? false, partitions: live.partitionStats.get(asset.id) ?? null, checks: live.checks.get(asset.id) ?? null },
        ariaLabel: `Asset ${asset.id}`,
      });
    }
  }
  return nodes;
}

function toFlowEdges(layout: AssetGraphLayout, selectedKey: string | null): Edge[] {
  return layout.edges.map((edge) => {
    const highlighted = selectedKey !== null && (edge.source === selectedKey || edge.target === selectedKey);
    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      className: highlighted ? "highlighted" : undefined,
      // An arrowhead makes the direction of data flow readable where edges cross group boxes.
      markerEnd: { type: MarkerType.ArrowClosed, width: 14, height: 14, color: highlighted ? "#6366f1" : "#a1a1aa" },
      zIndex: highlighted ? 2 : 0,
      selectable: false,
    };
  });
}

function GraphSkeleton() {
  return (
    <div role="status" aria-label="Laying out the asset graph" className="absolute inset-0 z-10 flex items-center justify-center gap-16 bg-neutral-50">
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
