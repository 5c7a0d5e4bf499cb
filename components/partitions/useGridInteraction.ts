"use client";
// Mouse and keyboard selection on a partition grid. Click selects one cell, shift-click extends from the anchor,
// cmd/ctrl-click toggles, dragging selects a key range (1-D) or a rectangle (2-D); arrows move the focus, shift+arrows
// extend, space toggles, Escape clears, cmd/ctrl+A selects all. Cells are found by their data-index, so the grid
// needs no handler per cell.
import { type KeyboardEvent, type MouseEvent, useCallback, useEffect, useRef } from "react";
import { addRange, type IndexRange, rangesHas, removeRange, unionRanges } from "../../lib/core/partitions";
import { type Direction, type LinearGridLayout, type MatrixGridLayout, moveFocus } from "./partitionGridLayout";

interface Drag {
  anchor: number;
  /** What the drag adds to (cmd/ctrl held), or nothing. */
  base: readonly IndexRange[];
  last: number;
}

const ARROWS: Record<string, Direction> = { ArrowLeft: "left", ArrowRight: "right", ArrowUp: "up", ArrowDown: "down" };

export function cellIndexOf(target: EventTarget | null): number | null {
  if (!(target instanceof Element)) return null;
  const cell = target.closest<HTMLElement>("[data-index]");
  if (!cell?.dataset.index) return null;
  const index = Number(cell.dataset.index);
  return Number.isInteger(index) ? index : null;
}

export function useGridInteraction({
  layout,
  size,
  ranges,
  onSelect,
  focus,
  onFocus,
  onReveal,
}: {
  layout: LinearGridLayout | MatrixGridLayout;
  size: number;
  ranges: readonly IndexRange[];
  onSelect: (ranges: readonly IndexRange[]) => void;
  focus: number | null;
  onFocus: (index: number) => void;
  /** Scrolls a cell into view after a keyboard move. */
  onReveal: (index: number) => void;
}) {
  const anchor = useRef<number | null>(null);
  const drag = useRef<Drag | null>(null);

  useEffect(() => {
    const end = () => {
      drag.current = null;
    };
    window.addEventListener("mouseup", end);
    return () => window.removeEventListener("mouseup", end);
  }, []);

  const onMouseDown = useCallback(
    (e: MouseEvent) => {
      const index = cellIndexOf(e.target);
      // The browser's own mousedown focuses the grid (cells are not focusable), so keys work after a click.
      if (index === null || e.button !== 0) return;
      onFocus(index);
      const additive = e.metaKey || e.ctrlKey;
      if (additive && !e.shiftKey && rangesHas(ranges, index)) {
        anchor.current = index;
        onSelect(removeRange(ranges, index, index));
        return;
      }
      // Shift-click extends from the anchor; the first click of all (or any plain click) sets it.
      if (!e.shiftKey || anchor.current === null) anchor.current = index;
      const from = anchor.current;
      const base = additive ? ranges : [];
      drag.current = { anchor: from, base, last: index };
      onSelect(unionRanges(base, layout.span(from, index)));
    },
    [layout, onFocus, onSelect, ranges],
  );

  const onMouseOver = useCallback(
    (e: MouseEvent) => {
      const current = drag.current;
      if (!current) return;
      const index = cellIndexOf(e.target);
      if (index === null || index === current.last) return;
      current.last = index;
      onFocus(index);
      onSelect(unionRanges(current.base, layout.span(current.anchor, index)));
    },
    [layout, onFocus, onSelect],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      if (size === 0) return;
      // Plain moves carry the anchor along; shift-moves select from the anchor (where the focus was) to the new cell.
      const extendOrMove = (next: number, extend: boolean) => {
        if (extend) {
          anchor.current ??= focus ?? next;
          onSelect(layout.span(anchor.current, next));
        } else {
          anchor.current = next;
        }
        onFocus(next);
        onReveal(next);
      };
      const direction = ARROWS[e.key];
      if (direction) {
        e.preventDefault();
        const next = focus === null ? 0 : moveFocus(layout, focus, direction, size);
        extendOrMove(next, e.shiftKey);
        return;
      }
      if (e.key === "Home" || e.key === "End") {
        e.preventDefault();
        extendOrMove(e.key === "Home" ? 0 : size - 1, e.shiftKey);
        return;
      }
      // Enter picks the focused cell alone, as a plain click does.
      if (e.key === "Enter" && focus !== null) {
        e.preventDefault();
        anchor.current = focus;
        onSelect(layout.span(focus, focus));
        return;
      }
      if (e.key === " " && focus !== null) {
        e.preventDefault();
        anchor.current = focus;
        onSelect(rangesHas(ranges, focus) ? removeRange(ranges, focus, focus) : addRange(ranges, focus, focus));
        return;
      }
      if (e.key === "Escape") {
        e.preventDefault();
        onSelect([]);
        return;
      }
      if ((e.metaKey || e.ctrlKey) && e.key.toLowerCase() === "a") {
        e.preventDefault();
        onSelect([[0, size - 1]]);
      }
    },
    [focus, layout, onFocus, onReveal, onSelect, ranges, size],
  );

  return { onMouseDown, onMouseOver, onKeyDown };
}

/**
 * Whether the cell of `index` is drawn wholly inside the scroll element's box (below `top` pixels of pinned header), so
 * revealing it needs no scroll: a quick selection whose latest partition is on screen leaves the grid where it is.
 */
export function cellInView(
  scroller: HTMLElement | null,
  gridId: string,
  index: number,
  pinned: { top: number; left: number },
): boolean {
  const cell = scroller?.querySelector(`[id="${gridId}-c${index}"]`);
  if (!scroller || !cell) return false;
  const box = scroller.getBoundingClientRect();
  const at = cell.getBoundingClientRect();
  return (
    at.top >= box.top + pinned.top &&
    at.bottom <= box.bottom &&
    at.left >= box.left + pinned.left &&
    at.right <= box.right
  );
}

/** A request to scroll a partition into view; a new `seq` asks again for the same partition. */
export interface RevealRequest {
  index: number;
  seq: number;
}

/**
 * Scrolls to each new request once the grid has laid out: a frame later, so the scroll element has its size and
 * "center" lands where it should (on opening, the grid starts at the latest partitions rather than the oldest).
 */
export function useRevealRequest(request: RevealRequest | null | undefined, scrollTo: (index: number) => void): void {
  const done = useRef<RevealRequest | null>(null);
  useEffect(() => {
    if (!request || done.current === request) return;
    const frame = requestAnimationFrame(() => {
      done.current = request;
      scrollTo(request.index);
    });
    return () => cancelAnimationFrame(frame);
  }, [request, scrollTo]);
}
