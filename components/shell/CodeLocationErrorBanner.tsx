"use client";
// A red banner on every page while any code location failed to load, so a broken location is never a blank page.
import Link from "next/link";
import { useCodeLocations } from "../deployment/useCodeLocations";
import { AlertIcon } from "../ui/icons";

export function CodeLocationErrorBanner() {
  const { data } = useCodeLocations();
  const failed = data?.filter((l) => l.loadStatus === "ERROR") ?? [];
  if (failed.length === 0) return null;
  const names = failed.map((l) => l.name).join(", ");
  return (
    <div
      role="alert"
      className="flex shrink-0 items-center gap-2.5 border-b border-red-200 bg-red-50 px-4 py-2 text-[13px] text-red-800"
    >
      <AlertIcon size={16} className="shrink-0 text-red-600" />
      <span>
        {failed.length === 1 ? (
          <>
            Code location <strong className="font-semibold">{names}</strong> failed to load.
          </>
        ) : (
          <>
            {failed.length} code locations failed to load: <strong className="font-semibold">{names}</strong>.
          </>
        )}{" "}
        Its assets are missing from the graph until it loads.
      </span>
      <Link
        href="/deployment"
        className="ml-auto shrink-0 font-medium text-red-700 underline decoration-red-300 underline-offset-2 hover:text-red-900"
      >
        View errors in Deployment
      </Link>
    </div>
  );
}
