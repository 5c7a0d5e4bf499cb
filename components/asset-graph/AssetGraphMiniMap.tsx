"use client";
// The graph's minimap, drawn from the layout: group boxes, collapsed groups, and the assets themselves while there
// are at most MINIMAP_ASSETS_UP_TO (beyond that they would be specks under a pixel). React Flow's MiniMap subscribes
// to its store once per node, which at 10,000 assets costs milliseconds on every pan frame; this one subscribes once,
// for the view. It pans when dragged and zooms on the wheel, as React Flow's `pannable zoomable` minimap does.
import { Panel, type ReactFlowState, useReactFlow, useStore } from "@xyflow/react";
import { memo, type PointerEvent, useCallback, useRef, type WheelEvent } from "react";
import { ASSET_NODE_SIZE, type AssetGraphLayout } from "./layoutAssetGraph";

const WIDTH = 200;
const HEIGHT = 150;
/** Room around the picture, in minimap pixels. */
const OFFSET = 5;
const MINIMAP_ASSETS_UP_TO = 2_000;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of the flow in view, in flow coordinates. */
function viewOf(s: ReactFlowState): Rect {
  const [tx, ty, zoom] = s.transform;
  return { x: -tx / zoom, y: -ty / zoom, width: s.width / zoom, height: s.height / zoom };
}

const sameRect = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

const MiniMapShapes = memo(function MiniMapShapes({
  layout,
  showGroups,
}: {
  layout: AssetGraphLayout;
  showGroups: boolean;
}) {
  const groups = new Map(layout.groups.map((g) => [g.id, g]));
  return (
    <>
      {layout.groups
        .filter((g) => showGroups || g.collapsed)
        .map((g) => (
          <rect
            key={g.id}
            x={g.x}
            y={g.y}
            width={g.width}
            height={g.height}
            rx={5}
            fill={g.collapsed ? "#e4e4e7" : "#f4f4f5"}
            stroke={g.collapsed ? "none" : "#d4d4d8"}
            vectorEffect="non-scaling-stroke"
            shapeRendering="crispEdges"
          />
        ))}
      {layout.assets.length <= MINIMAP_ASSETS_UP_TO &&
        layout.assets.map((a) => {
          const group = groups.get(a.groupId);
          return (
            <rect
              key={a.id}
              x={(group?.x ?? 0) + a.x}
              y={(group?.y ?? 0) + a.y}
              width={ASSET_NODE_SIZE.width}
              height={ASSET_NODE_SIZE.height}
              rx={5}
              fill="#a5b4fc"
              shapeRendering="crispEdges"
            />
          );
        })}
    </>
  );
});

/** `showGroups` false: the layout's one group is not drawn as a box in the graph, so not here either. */
export const AssetGraphMiniMap = memo(function AssetGraphMiniMap({
  layout,
  showGroups,
}: {
  layout: AssetGraphLayout;
  showGroups: boolean;
}) {
  const view = useStore(viewOf, sameRect);
  const { getViewport, setViewport, zoomTo } = useReactFlow();
  const minZoom = useStore((s) => s.minZoom);
  const maxZoom = useStore((s) => s.maxZoom);

  // As React Flow's minimap: the picture and the view together, scaled to fit the minimap, centred.
  const left = Math.min(0, view.x);
  const top = Math.min(0, view.y);
  const right = Math.max(layout.width, view.x + view.width);
  const bottom = Math.max(layout.height, view.y + view.height);
  const scale = Math.max((right - left) / WIDTH, (bottom - top) / HEIGHT);
  const offset = OFFSET * scale;
  const viewBox = {
    x: left - (WIDTH * scale - (right - left)) / 2 - offset,
    y: top - (HEIGHT * scale - (bottom - top)) / 2 - offset,
    width: WIDTH * scale + 2 * offset,
    height: HEIGHT * scale + 2 * offset,
  };
  const outer = `M${viewBox.x},${viewBox.y}h${viewBox.width}v${viewBox.height}h${-viewBox.width}z`;
  const inner = `M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`;

  // Dragging moves the view with the pointer; the scale is the one when the drag started.
  const drag = useRef<{ x: number; y: number; scale: number } | null>(null);
  const onPointerDown = useCallback(
    (event: PointerEvent<SVGSVGElement>) => {
      event.currentTarget.setPointerCapture(event.pointerId);
      drag.current = { x: event.clientX, y: event.clientY, scale: viewBox.width / WIDTH };
    },
    [viewBox.width],
  );
  const onPointerMove = useCallback(
    (event: PointerEvent<SVGSVGElement>) => {
      const start = drag.current;
      if (!start) return;
      const { x, y, zoom } = getViewport();
      void setViewport({
        x: x - (event.clientX - start.x) * start.scale * zoom,
        y: y - (event.clientY - start.y) * start.scale * zoom,
        zoom,
      });
      drag.current = { ...start, x: event.clientX, y: event.clientY };
    },
    [getViewport, setViewport],
  );
  const onPointerUp = useCallback(() => {
    drag.current = null;
  }, []);
  const onWheel = useCallback(
    (event: WheelEvent<SVGSVGElement>) => {
      const step = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
      const zoom = Math.min(maxZoom, Math.max(minZoom, getViewport().zoom * Math.pow(2, -event.deltaY * step)));
      void zoomTo(zoom);
    },
    [getViewport, zoomTo, minZoom, maxZoom],
  );

  return (
    <Panel position="bottom-right" className="react-flow__minimap" style={{ width: WIDTH, height: HEIGHT }}>
      <svg
        width={WIDTH}
        height={HEIGHT}
        viewBox={`${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}`}
        role="img"
        aria-label="Mini map"
        className="react-flow__minimap-svg cursor-grab touch-none active:cursor-grabbing"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onWheel={onWheel}
      >
        <MiniMapShapes layout={layout} showGroups={showGroups} />
        <path d={`${outer}${inner}`} fillRule="evenodd" fill="rgba(240,240,240,0.6)" pointerEvents="none" />
        {/* The view's outline, so it shows even where the picture is a thin strip. */}
        <path
          d={inner}
          fill="none"
          stroke="#a1a1aa"
          strokeWidth={1}
          vectorEffect="non-scaling-stroke"
          pointerEvents="none"
        />
      </svg>
    </Panel>
  );
});
