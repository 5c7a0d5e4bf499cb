"use client";
// The 2-D partition grid: one row per key of the smaller dimension, one column per key of the other, virtualized on
// both axes; row labels stay pinned on the left and column labels on top while it scrolls. The selection is marked on
// the cells straight in the DOM (selectionMarks.ts), so changing it re-renders no row.
import { useVirtualizer, type VirtualItem } from "@tanstack/react-virtual";
import { memo, useCallback, useRef } from "react";
import type { PartitionKeyList } from "../../lib/core/partitions";
import { CELL, ROW_LABEL_WIDTH, STEP } from "./gridMetrics";
import type { PartitionGridProps } from "./LinearPartitionGrid";
import { PartitionGridFrame } from "./PartitionGridFrame";
import { partitionCellClass } from "./partitionCellClass";
import { type MatrixGridLayout, monthLabel } from "./partitionGridLayout";
import type { PartitionState } from "./partitionStatus";
import { useMarkedRow, useSelectionMarks } from "./selectionMarks";
import { cellInView, useGridInteraction, useRevealRequest } from "./useGridInteraction";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function MatrixPartitionGrid({
  layout,
  rowLabelWidth = ROW_LABEL_WIDTH,
  ...props
}: PartitionGridProps & {
  layout: MatrixGridLayout;
  /** Wider for rows named by asset keys than by a dimension's keys. */
  rowLabelWidth?: number;
}) {
  const { gridId, label, space, states, ranges, onSelect, focus, onFocus, reveal } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  // Dates read as a month line over day numbers; other keys are written vertically to fit a cell's width.
  // Keys inside a run share the shape and length of its first key: checking each run's first key checks them all.
  const columnShapes = layout.columnKeys.runStarts();
  const dateColumns = columnShapes.length > 0 && columnShapes.every((k) => DATE.test(k));
  const longestKey = columnShapes.reduce((longest, k) => Math.max(longest, k.length), 1);
  const headerHeight = dateColumns ? 34 : Math.min(96, 12 + 6.5 * longestKey);

  const rows = useVirtualizer({
    count: layout.rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => STEP,
    overscan: 6,
    paddingStart: headerHeight,
  });
  const columns = useVirtualizer({
    horizontal: true,
    count: layout.columnCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => STEP,
    overscan: 12,
    paddingStart: rowLabelWidth,
  });

  const onReveal = useCallback(
    (index: number) => {
      const cell = layout.cellOf(index);
      rows.scrollToIndex(cell.row, { align: "auto" });
      columns.scrollToIndex(cell.column, { align: "auto" });
    },
    [columns, layout, rows],
  );
  const interaction = useGridInteraction({ layout, size: space.size, ranges, onSelect, focus, onFocus, onReveal });
  const markRow = useSelectionMarks(scrollRef, ranges);
  const focusRow = focus !== null && focus < space.size ? layout.cellOf(focus).row : null;
  useRevealRequest(
    reveal,
    useCallback(
      (index: number) => {
        if (cellInView(scrollRef.current, gridId, index, { top: headerHeight, left: rowLabelWidth })) return;
        const cell = layout.cellOf(index);
        rows.scrollToIndex(cell.row, { align: "center" });
        columns.scrollToIndex(cell.column, { align: "center" });
      },
      [columns, gridId, headerHeight, layout, rowLabelWidth, rows],
    ),
  );
  const visibleColumns = columns.getVirtualItems();
  // The first column fully right of the pinned row labels also names its month, so a grid scrolled to recent dates
  // says which month it shows.
  const firstShownColumn = Math.ceil((columns.scrollOffset ?? 0) / STEP);

  return (
    <PartitionGridFrame
      scrollRef={scrollRef}
      gridId={gridId}
      label={label}
      rowCount={layout.rowCount}
      columnCount={layout.columnCount}
      focus={focus}
      interaction={interaction}
      space={space}
      states={states}
      size={{ width: columns.getTotalSize(), height: rows.getTotalSize() }}
      tooltipAt={(index) => {
        const cell = layout.cellOf(index);
        return { x: rowLabelWidth + cell.column * STEP + CELL / 2, y: headerHeight + cell.row * STEP };
      }}
    >
      <div className="sticky top-0 z-20 flex bg-white" style={{ height: headerHeight }}>
        <div
          className="sticky left-0 z-30 flex shrink-0 flex-col justify-end bg-white pr-2 pb-1 text-[10px] leading-3 text-neutral-500"
          style={{ width: rowLabelWidth }}
        >
          <span>
            <span className="font-semibold text-neutral-500">{layout.rowName}</span> ↓
          </span>
          <span>
            <span className="font-semibold text-neutral-500">{layout.columnName}</span> →
          </span>
        </div>
        <div aria-hidden="true" className="relative">
          {visibleColumns.map((column) => (
            <ColumnLabel
              key={column.index}
              column={column}
              keys={layout.columnKeys}
              dates={dateColumns}
              height={headerHeight}
              labelWidth={rowLabelWidth}
              namesMonth={column.index === firstShownColumn}
            />
          ))}
        </div>
      </div>
      {rows.getVirtualItems().map((row) => (
        <MatrixRow
          key={row.index}
          gridId={gridId}
          layout={layout}
          rowIndex={row.index}
          top={row.start}
          visibleColumns={visibleColumns}
          keyAt={space.keyAt}
          states={states}
          focus={focusRow === row.index ? focus : null}
          labelWidth={rowLabelWidth}
          markRow={markRow}
        />
      ))}
    </PartitionGridFrame>
  );
}

function ColumnLabel({
  column,
  keys,
  dates,
  height,
  labelWidth,
  namesMonth,
}: {
  column: VirtualItem;
  keys: PartitionKeyList;
  dates: boolean;
  height: number;
  labelWidth: number;
  namesMonth: boolean;
}) {
  const key = keys.at(column.index) ?? "";
  if (dates) {
    const day = Number(key.slice(8, 10));
    // A month starting within a few columns of the first shown one names itself: no overlapping labels.
    const monthBegins = day === 1 || column.index === 0;
    const startsMonth = monthBegins || (namesMonth && day <= daysInMonthOf(key) - 4);
    return (
      <div className="absolute top-0" style={{ left: column.start - labelWidth, width: CELL, height }}>
        {startsMonth && (
          <span className="absolute top-0.5 left-0 border-l border-neutral-300 pl-1 text-[10px] font-medium whitespace-nowrap text-neutral-600">
            {monthLabel(key.slice(0, 4), key.slice(5, 7))}
          </span>
        )}
        <span className="absolute bottom-0.5 w-full text-center text-[9px] text-neutral-500 tabular-nums">{day}</span>
      </div>
    );
  }
  return (
    <div
      className="absolute top-0 flex items-end justify-center pb-1"
      style={{ left: column.start - labelWidth, width: CELL, height }}
    >
      <span
        className="rotate-180 truncate text-[10px] text-neutral-500 [writing-mode:vertical-rl]"
        style={{ maxHeight: height - 6 }}
        title={key}
      >
        {key}
      </span>
    </div>
  );
}

const MatrixRow = memo(function MatrixRow({
  gridId,
  layout,
  rowIndex,
  top,
  visibleColumns,
  keyAt,
  states,
  focus,
  labelWidth,
  markRow,
}: {
  gridId: string;
  layout: MatrixGridLayout;
  rowIndex: number;
  top: number;
  visibleColumns: readonly VirtualItem[];
  keyAt: (index: number) => string;
  states: Uint8Array;
  focus: number | null;
  labelWidth: number;
  markRow: (row: HTMLElement | null) => void;
}) {
  const ref = useMarkedRow(markRow);
  const rowKey = layout.rowKeys.at(rowIndex) ?? "";
  return (
    <div
      ref={ref}
      role="row"
      aria-rowindex={rowIndex + 1}
      className="absolute left-0 w-full"
      style={{ top, height: STEP }}
    >
      <div
        role="rowheader"
        className="sticky left-0 z-10 flex h-full items-center truncate bg-white pr-2 text-[11px] font-medium text-neutral-600"
        style={{ width: labelWidth }}
        title={rowKey}
      >
        {rowKey}
      </div>
      {visibleColumns.map((column) => {
        const index = layout.indexAt(rowIndex, column.index);
        if (index === null) return null;
        return (
          <div
            key={column.index}
            id={`${gridId}-c${index}`}
            role="gridcell"
            aria-label={keyAt(index)}
            aria-colindex={column.index + 1}
            data-index={index}
            className={`absolute top-0 ${partitionCellClass((states[index] ?? 0) as PartitionState, focus === index)}`}
            style={{ left: column.start, width: CELL, height: CELL }}
          />
        );
      })}
    </div>
  );
});

/** Days in the month of a "YYYY-MM-DD" key. */
function daysInMonthOf(key: string): number {
  return new Date(Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)), 0)).getUTCDate();
}
