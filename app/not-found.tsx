// Unknown console routes: a clear message and the way back.
import Link from "next/link";
import { EmptyState } from "../components/ui/EmptyState";
import { SearchIcon } from "../components/ui/icons";

export default function NotFound() {
  return (
    <div className="px-6 py-16">
      <div className="mx-auto max-w-lg rounded-lg border border-neutral-200 bg-white shadow-xs">
        <EmptyState icon={<SearchIcon size={22} />} title="Page not found">
          <p>There is no page at this address.</p>
          <Link
            href="/lineage"
            className="mt-4 inline-flex h-8 items-center rounded-md bg-accent-600 px-3 text-[13px] font-medium text-white hover:bg-accent-700"
          >
            Go to the asset graph
          </Link>
        </EmptyState>
      </div>
    </div>
  );
}
