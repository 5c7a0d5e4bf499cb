"use client";
// What the 1-D and 2-D partition grids share around their cells: the scrolling, focusable role="grid" element with
// the pointer and keyboard handlers, and the tooltip over the hovered cell.
import { type CSSProperties, type ReactNode, type RefObject, useState } from "react";
import type { PartitionKeySpace } from "../../lib/core/partitions";
import { GRID_MAX_HEIGHT } from "./gridMetrics";
import { PartitionCellTooltip } from "./PartitionCellTooltip";
import type { PartitionState } from "./partitionStatus";
import { cellIndexOf, type useGridInteraction } from "./useGridInteraction";

interface Props {
  scrollRef: RefObject<HTMLDivElement | null>;
  gridId: string;
  label: string;
  rowCount: number;
  columnCount: number;
  focus: number | null;
  interaction: ReturnType<typeof useGridInteraction>;
  space: PartitionKeySpace;
  states: Uint8Array;
  /** The content's size: the virtualizers' total sizes. */
  size: CSSProperties;
  /** Where the tooltip of a cell points, in content coordinates. */
  tooltipAt: (index: number) => { x: number; y: number };
  children: ReactNode;
}

export function PartitionGridFrame({
  scrollRef,
  gridId,
  label,
  rowCount,
  columnCount,
  focus,
  interaction,
  space,
  states,
  size,
  tooltipAt,
  children,
}: Props) {
  const [hover, setHover] = useState<number | null>(null);
  const tooltip = hover !== null && hover < space.size ? tooltipAt(hover) : null;
  return (
    <div
      ref={scrollRef}
      role="grid"
      aria-label={label}
      aria-multiselectable
      aria-rowcount={rowCount}
      aria-colcount={columnCount}
      aria-activedescendant={focus !== null ? `${gridId}-c${focus}` : undefined}
      tabIndex={0}
      onMouseDown={interaction.onMouseDown}
      onMouseOver={(e) => {
        interaction.onMouseOver(e);
        setHover(cellIndexOf(e.target));
      }}
      onMouseLeave={() => setHover(null)}
      onKeyDown={interaction.onKeyDown}
      className="relative overflow-auto rounded-md outline-none select-none focus-visible:ring-2 focus-visible:ring-accent-200"
      style={{ maxHeight: GRID_MAX_HEIGHT }}
    >
      <div className="relative" style={size}>
        {children}
        {hover !== null && tooltip && (
          <PartitionCellTooltip
            partitionKey={space.keyAt(hover)}
            state={(states[hover] ?? 0) as PartitionState}
            x={tooltip.x}
            y={tooltip.y}
          />
        )}
      </div>
    </div>
  );
}
