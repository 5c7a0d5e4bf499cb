"use client";
// Asset group boxes: the expanded box around its assets, the single node a collapsed group becomes, and the box a
// group is drawn as when zoomed out past reading its assets (its name and counts set large, to read at any zoom).
// Edges are drawn by AssetEdges, so none has handles.
import { type NodeProps, useStore } from "@xyflow/react";
import { memo } from "react";
import { cx } from "../ui/cx";
import { ChevronDownIcon, ChevronRightIcon, LayersIcon } from "../ui/icons";
import type { CollapsedGroupFlowNode, GroupFlowNode, GroupOverviewFlowNode } from "./flowTypes";
import { useGraphActions } from "./graphActions";
import { GROUP_HEADER_HEIGHT } from "./layoutAssetGraph";
import { groupLabelScale } from "./zoomLevel";

function assetCountLabel(count: number): string {
  return `${count} asset${count === 1 ? "" : "s"}`;
}

export const GroupBoxNode = memo(function GroupBoxNode({ data }: NodeProps<GroupFlowNode>) {
  const { toggleGroup } = useGraphActions();
  return (
    <div className="h-full w-full rounded-lg border border-neutral-300/80 bg-neutral-100/60">
      <div className="flex items-center gap-2 px-3" style={{ height: GROUP_HEADER_HEIGHT }}>
        <button
          type="button"
          aria-label={`Collapse group ${data.name}`}
          aria-expanded={true}
          onClick={(e) => {
            e.stopPropagation();
            toggleGroup(data.name);
          }}
          className="nodrag flex size-6 items-center justify-center rounded text-neutral-500 hover:bg-neutral-200 hover:text-neutral-800"
        >
          <ChevronDownIcon size={15} />
        </button>
        <LayersIcon size={14} className="text-neutral-400" />
        <span className="truncate text-[13px] font-semibold text-neutral-800">{data.name}</span>
        <span className="shrink-0 text-xs text-neutral-500">{assetCountLabel(data.assetCount)}</span>
      </div>
    </div>
  );
});

export const CollapsedGroupNode = memo(function CollapsedGroupNode({
  data,
  selected,
}: NodeProps<CollapsedGroupFlowNode>) {
  const { toggleGroup } = useGraphActions();
  return (
    <div
      className={cx(
        "relative flex h-full w-full items-center gap-3 rounded-lg border bg-white px-3 shadow-sm",
        "outline outline-offset-[3px] outline-neutral-300/70",
        selected ? "border-accent-500" : "border-neutral-300",
      )}
    >
      <button
        type="button"
        aria-label={data.linked ? `Open group ${data.name}` : `Expand group ${data.name}`}
        aria-expanded={false}
        onClick={(e) => {
          e.stopPropagation();
          toggleGroup(data.name);
        }}
        className="nodrag flex size-7 shrink-0 items-center justify-center rounded-md bg-neutral-100 text-neutral-600 hover:bg-accent-50 hover:text-accent-700"
      >
        <ChevronRightIcon size={16} />
      </button>
      <div className="min-w-0">
        <div className="truncate text-[13px] font-semibold text-neutral-900">{data.name}</div>
        <div className="flex items-center gap-2 text-xs text-neutral-500">
          <span>{data.linked ? `${assetCountLabel(data.assetCount)} linked` : assetCountLabel(data.assetCount)}</span>
          {data.failedCount > 0 && (
            <span className="inline-flex items-center gap-1 text-red-700">
              <span className="size-1.5 rounded-full bg-red-500" />
              {data.failedCount} failed
            </span>
          )}
        </div>
      </div>
    </div>
  );
});

/** Zoomed far out: the group as one box, its name and counts about 20 px on screen; a click zooms in on it. */
export const GroupOverviewNode = memo(function GroupOverviewNode({
  data,
  width,
  height,
}: NodeProps<GroupOverviewFlowNode>) {
  // About 18 px on screen, or as large as the box holds: two lines and the padding (56 units tall at scale 1), and
  // the name (a bold character up to about 13 units wide) with the padding, so a narrow box shows it whole.
  const zoomScale = useStore((s) => groupLabelScale(s.transform[2]));
  const nameWidth = data.name.length * 13 + 24;
  const scale = Math.min(zoomScale, (height ?? 56) / 56, (width ?? nameWidth) / nameWidth);
  return (
    <div
      data-testid="group-overview"
      className="h-full w-full cursor-zoom-in overflow-hidden border-neutral-300 bg-white shadow-sm hover:border-accent-400"
      style={{ padding: `${8 * scale}px ${12 * scale}px`, borderRadius: 8 * scale, borderWidth: 2 * scale }}
      title={`${data.name}: ${assetCountLabel(data.assetCount)} (click to zoom in)`}
    >
      <div
        className="truncate font-semibold text-neutral-900"
        style={{ fontSize: 18 * scale, lineHeight: 1.2 }}
        data-testid="group-overview-name"
      >
        {data.name}
      </div>
      <div
        className="flex items-center truncate text-neutral-600"
        style={{ fontSize: 14 * scale, lineHeight: 1.2, gap: 10 * scale }}
      >
        <span>{assetCountLabel(data.assetCount)}</span>
        {data.runningCount > 0 && <span className="text-sky-700">{data.runningCount} running</span>}
        {data.failedCount > 0 && <span className="text-red-700">{data.failedCount} failed</span>}
      </div>
    </div>
  );
});
