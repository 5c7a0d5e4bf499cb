// The shape of a schedule's or sensor's page while it loads: header, tick history and side card.
import { Skeleton } from "../ui/Skeleton";

export function InstigatorPageSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-label={label} className="min-h-full bg-neutral-50">
      <div className="border-b border-neutral-200 bg-white px-6 py-5">
        <Skeleton className="h-3 w-40" />
        <Skeleton className="mt-3 h-6 w-72" />
        <Skeleton className="mt-3 h-4 w-2/3" />
        <Skeleton className="mt-5 h-10 w-full" />
      </div>
      <div className="grid grid-cols-1 gap-5 px-6 py-5 lg:grid-cols-[minmax(0,1fr)_340px]">
        <Skeleton className="h-64 w-full" />
        <Skeleton className="h-48 w-full" />
      </div>
    </div>
  );
}
