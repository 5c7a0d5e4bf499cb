"use client";
// The selection drawn on the grid's cells without rendering them: each cell's aria-selected (which its classes style)
// is written straight to the DOM, so selecting all of a million partitions touches the thousand or so cells on screen
// once, instead of re-rendering each of them through React. Rows mark their own cells when they mount or re-render
// (scrolling brings new rows); a change of selection marks every drawn cell.
import { type RefObject, useCallback, useLayoutEffect, useRef } from "react";
import { type IndexRange, rangesHas } from "../../lib/core/partitions";

/** Sets each cell's aria-selected under `root` (cells carry data-index), writing only the cells that change. */
export function markSelection(root: ParentNode, ranges: readonly IndexRange[]): void {
  for (const cell of root.querySelectorAll<HTMLElement>("[data-index]")) {
    const selected = rangesHas(ranges, Number(cell.dataset.index)) ? "true" : "false";
    if (cell.getAttribute("aria-selected") !== selected) cell.setAttribute("aria-selected", selected);
  }
}

/**
 * Keeps the cells under `rootRef` marked with `ranges`; returns what a row calls with its element after each of its
 * renders. A stable function, so rows memoised on their own props are not re-rendered by a change of selection.
 */
export function useSelectionMarks(
  rootRef: RefObject<HTMLElement | null>,
  ranges: readonly IndexRange[],
): (row: HTMLElement | null) => void {
  const current = useRef(ranges);
  // A parent's layout effect runs after its children's: rows drawn in the same commit as a new selection are marked
  // with the old one first, then all cells are marked here, before the browser paints.
  useLayoutEffect(() => {
    current.current = ranges;
    if (rootRef.current) markSelection(rootRef.current, ranges);
  }, [ranges, rootRef]);
  return useCallback((row: HTMLElement | null) => {
    if (row) markSelection(row, current.current);
  }, []);
}

/** For a row: marks its cells after each of its renders. */
export function useMarkedRow(mark: (row: HTMLElement | null) => void): RefObject<HTMLDivElement | null> {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => mark(ref.current));
  return ref;
}
