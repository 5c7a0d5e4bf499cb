// Placeholder shapes shown while data loads, so pages keep their layout instead of flashing.
import { cx } from "./cx";

export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cx("animate-pulse rounded bg-neutral-200/70", className)} />;
}

/** A table-shaped skeleton: a header bar and `rows` lines. */
export function TableSkeleton({ rows = 8, label = "Loading" }: { rows?: number; label?: string }) {
  return (
    <div role="status" aria-label={label} className="overflow-hidden rounded-lg border border-neutral-200 bg-white">
      <div className="flex gap-6 border-b border-neutral-200 bg-neutral-50 px-4 py-2.5">
        {["w-28", "w-16", "w-14", "w-12", "ml-auto w-20"].map((w) => (
          <Skeleton key={w} className={cx("h-3", w)} />
        ))}
      </div>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="flex items-center gap-6 border-b border-neutral-100 px-4 py-3 last:border-b-0">
          <Skeleton className="h-3.5 w-64" />
          <Skeleton className="h-3.5 w-24" />
          <Skeleton className="h-3.5 w-20" />
          <Skeleton className="h-3.5 w-16" />
          <Skeleton className="ml-auto h-3.5 w-24" />
        </div>
      ))}
    </div>
  );
}
