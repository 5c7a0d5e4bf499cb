// What the graph shows while its assets or groups load: three columns of placeholder cards, as a graph's layers look.
import { cx } from "../ui/cx";
import { Skeleton } from "../ui/Skeleton";

export function GraphSkeleton({ label, className }: { label: string; className?: string }) {
  return (
    <div role="status" aria-label={label} className={cx("flex items-center justify-center gap-16", className)}>
      {[2, 3, 2].map((n, column) => (
        <div key={column} className="flex flex-col gap-5">
          {Array.from({ length: n }, (_, i) => (
            <Skeleton key={i} className="h-16 w-56 rounded-md" />
          ))}
        </div>
      ))}
    </div>
  );
}
