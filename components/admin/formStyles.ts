// The look of the admin forms' inputs and labels, shared so every form reads the same.
import { cx } from "../ui/cx";

export const labelClass = "mb-1 block text-[11px] font-semibold uppercase tracking-wide text-neutral-500";

export function inputClass(invalid: boolean, className?: string): string {
  return cx(
    "h-9 w-full rounded-md border bg-white px-2.5 text-[13px] text-neutral-900 shadow-xs outline-none placeholder:text-neutral-400 focus:ring-2",
    invalid ? "border-red-300 focus:ring-red-100" : "border-neutral-300 focus:border-accent-500 focus:ring-accent-100",
    className,
  );
}
