"use client";
// The 1-D partition grid: keys wrapped into labelled rows (months of days, days of hours…), virtualized by row so
// tens of thousands of partitions render only what is on screen. Each row draws its cells as plain divs; the selection
// is marked on them straight in the DOM (selectionMarks.ts), so changing it re-renders no row.
import { useVirtualizer } from "@tanstack/react-virtual";
import { memo, useCallback, useRef } from "react";
import type { IndexRange, PartitionKeySpace } from "../../lib/core/partitions";
import { CELL, GAP, ROW_LABEL_WIDTH, STEP } from "./gridMetrics";
import { PartitionGridFrame } from "./PartitionGridFrame";
import { partitionCellClass } from "./partitionCellClass";
import type { GridRow, LinearGridLayout } from "./partitionGridLayout";
import type { PartitionState } from "./partitionStatus";
import { useMarkedRow, useSelectionMarks } from "./selectionMarks";
import { cellInView, type RevealRequest, useGridInteraction, useRevealRequest } from "./useGridInteraction";

const HEADER_HEIGHT = 18;

export interface PartitionGridProps {
  gridId: string;
  label: string;
  space: PartitionKeySpace;
  states: Uint8Array;
  ranges: readonly IndexRange[];
  onSelect: (ranges: readonly IndexRange[]) => void;
  focus: number | null;
  onFocus: (index: number) => void;
  /** Scroll this partition into view, once per request (the latest partition on opening, a jump, a quick selection). */
  reveal?: RevealRequest | null;
}

export function LinearPartitionGrid({ layout, ...props }: PartitionGridProps & { layout: LinearGridLayout }) {
  const { gridId, label, space, states, ranges, onSelect, focus, onFocus, reveal } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const labelWidth = layout.labelled ? ROW_LABEL_WIDTH : 0;
  const hasHeader = layout.columnLabels !== null;
  const header = hasHeader ? HEADER_HEIGHT : 0;

  const virtualizer = useVirtualizer({
    count: layout.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => STEP,
    overscan: 8,
    paddingStart: header,
  });

  const onReveal = useCallback(
    (index: number) => virtualizer.scrollToIndex(layout.cellOf(index).row, { align: "auto" }),
    [layout, virtualizer],
  );
  const interaction = useGridInteraction({ layout, size: space.size, ranges, onSelect, focus, onFocus, onReveal });
  const markRow = useSelectionMarks(scrollRef, ranges);
  useRevealRequest(
    reveal,
    useCallback(
      (index: number) => {
        if (cellInView(scrollRef.current, gridId, index, { top: header, left: labelWidth })) return;
        virtualizer.scrollToIndex(layout.cellOf(index).row, { align: "center" });
      },
      [gridId, header, labelWidth, layout, virtualizer],
    ),
  );

  return (
    <PartitionGridFrame
      scrollRef={scrollRef}
      gridId={gridId}
      label={label}
      rowCount={layout.rows.length}
      columnCount={layout.columnCount}
      focus={focus}
      interaction={interaction}
      space={space}
      states={states}
      size={{ height: virtualizer.getTotalSize(), width: labelWidth + layout.columnCount * STEP }}
      tooltipAt={(index) => {
        const cell = layout.cellOf(index);
        return { x: labelWidth + cell.column * STEP + CELL / 2, y: header + cell.row * STEP };
      }}
    >
      {hasHeader && <ColumnLabels labels={layout.columnLabels ?? []} labelWidth={labelWidth} />}
      {virtualizer.getVirtualItems().map((item) => {
        const row = layout.rows[item.index];
        if (!row) return null;
        const focusInRow = focus !== null && focus >= row.first && focus <= row.last ? focus : null;
        return (
          <LinearRow
            key={item.index}
            gridId={gridId}
            rowIndex={item.index}
            row={row}
            top={item.start}
            labelWidth={labelWidth}
            space={space}
            states={states}
            focus={focusInRow}
            markRow={markRow}
          />
        );
      })}
    </PartitionGridFrame>
  );
}

function ColumnLabels({ labels, labelWidth }: { labels: readonly string[]; labelWidth: number }) {
  return (
    <div
      aria-hidden="true"
      className="sticky top-0 z-10 flex bg-white"
      style={{ height: HEADER_HEIGHT, paddingLeft: labelWidth, gap: GAP }}
    >
      {labels.map((text, i) => (
        <span
          key={i}
          className="shrink-0 text-center text-[9px] leading-[18px] text-neutral-500 tabular-nums"
          style={{ width: CELL }}
        >
          {text}
        </span>
      ))}
    </div>
  );
}

const LinearRow = memo(
  function LinearRow({
    gridId,
    rowIndex,
    row,
    top,
    labelWidth,
    space,
    states,
    focus,
    markRow,
  }: {
    gridId: string;
    rowIndex: number;
    row: GridRow;
    top: number;
    labelWidth: number;
    space: PartitionKeySpace;
    states: Uint8Array;
    focus: number | null;
    markRow: (row: HTMLElement | null) => void;
  }) {
    const ref = useMarkedRow(markRow);
    const cells = [];
    for (let i = row.first; i <= row.last; i++) {
      cells.push(
        <div
          key={i}
          id={`${gridId}-c${i}`}
          role="gridcell"
          aria-label={space.keyAt(i)}
          data-index={i}
          className={partitionCellClass((states[i] ?? 0) as PartitionState, focus === i)}
          style={{ width: CELL, height: CELL }}
        />,
      );
    }
    return (
      <div
        ref={ref}
        role="row"
        aria-rowindex={rowIndex + 1}
        className="absolute left-0 flex items-center"
        style={{ top, height: STEP }}
      >
        {labelWidth > 0 && (
          <div
            role="rowheader"
            className="truncate pr-2 text-[11px] font-medium text-neutral-500"
            style={{ width: labelWidth }}
            title={row.label ?? undefined}
          >
            {row.label}
          </div>
        )}
        <div className="flex" style={{ gap: GAP, marginLeft: row.offset * STEP }}>
          {cells}
        </div>
      </div>
    );
  },
  (prev, next) =>
    prev.row === next.row &&
    prev.top === next.top &&
    prev.focus === next.focus &&
    prev.states === next.states &&
    prev.space === next.space &&
    prev.labelWidth === next.labelWidth &&
    prev.rowIndex === next.rowIndex &&
    prev.markRow === next.markRow,
);
