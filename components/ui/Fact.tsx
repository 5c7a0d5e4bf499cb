// One labelled fact in a page header's <dl>: label above the value, or beside it (inline) for longer values.
import type { ReactNode } from "react";

export function Fact({ label, children, inline }: { label: string; children: ReactNode; inline?: boolean }) {
  return (
    <div className={inline ? "flex items-baseline gap-3" : "min-w-0"}>
      <dt className={inline ? "w-16 shrink-0 text-xs text-neutral-500" : "text-xs text-neutral-500"}>{label}</dt>
      <dd className="min-w-0 text-neutral-900">{children}</dd>
    </div>
  );
}
