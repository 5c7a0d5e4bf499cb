// The look of the console's table headers, shared so every table reads the same.
export const tableHeadClass =
  "border-b border-neutral-200 bg-neutral-50 text-[11px] font-semibold uppercase tracking-wide text-neutral-500";
