// Which catalog rows are checked: a click toggles one row, a shift-click sets every row between it and the last
// clicked one to the clicked row's new state, and the header box checks or clears every filtered row.

export interface RowSelection {
  checked: ReadonlySet<string>;
  /** The last row clicked without shift: the other end of a shift-click range. */
  anchor: string | null;
}

export const emptyRowSelection: RowSelection = { checked: new Set(), anchor: null };

/** `order` is the filtered rows' keys as shown; a range runs between the anchor and the clicked row in that order. */
export function toggleRow(
  selection: RowSelection,
  order: readonly string[],
  key: string,
  shift: boolean,
): RowSelection {
  const checked = new Set(selection.checked);
  const on = !checked.has(key);
  const from = shift && selection.anchor !== null ? order.indexOf(selection.anchor) : -1;
  const to = order.indexOf(key);
  if (from < 0 || to < 0) {
    if (on) checked.add(key);
    else checked.delete(key);
    return { checked, anchor: key };
  }
  for (const rowKey of order.slice(Math.min(from, to), Math.max(from, to) + 1)) {
    if (on) checked.add(rowKey);
    else checked.delete(rowKey);
  }
  return { checked, anchor: selection.anchor };
}

/** The header box: all filtered rows checked → clear them; otherwise check them all (keeping other checked rows). */
export function toggleAllRows(selection: RowSelection, order: readonly string[]): RowSelection {
  const checked = new Set(selection.checked);
  const all = order.length > 0 && order.every((key) => checked.has(key));
  for (const key of order) {
    if (all) checked.delete(key);
    else checked.add(key);
  }
  return { checked, anchor: null };
}

export function headerCheckState(selection: RowSelection, order: readonly string[]): "all" | "some" | "none" {
  const count = order.filter((key) => selection.checked.has(key)).length;
  return count === 0 ? "none" : count === order.length ? "all" : "some";
}
