// The filter chip look (status and group filters): a pill that fills with the accent while it is on.
import { cx } from "./cx";

export function chipClass(active: boolean): string {
  return cx(
    "inline-flex h-7 items-center gap-1.5 rounded-full px-3 text-xs font-medium ring-1 ring-inset transition-colors",
    active
      ? "bg-accent-50 text-accent-800 ring-accent-300"
      : "bg-white text-neutral-600 ring-neutral-300 hover:bg-neutral-50 hover:text-neutral-900",
  );
}
