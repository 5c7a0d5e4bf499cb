// What a schedule or sensor launches: its job (linked) or its selection, and how many assets.
import Link from "next/link";
import type { AssetKey } from "../assets/AssetKeyList";
import { jobPageHref } from "../jobs/jobLinks";

export function InstigatorTarget({
  target,
}: {
  target: { jobName: string | null; selection: string | null; assetKeys: readonly AssetKey[] };
}) {
  const count = `${target.assetKeys.length} asset${target.assetKeys.length === 1 ? "" : "s"}`;
  return (
    <div className="min-w-0">
      {target.jobName ? (
        <span className="text-neutral-500">
          Job{" "}
          <Link href={jobPageHref(target.jobName)} className="font-medium text-accent-700 hover:underline">
            {target.jobName}
          </Link>
        </span>
      ) : (
        <code className="font-mono text-xs break-all text-neutral-800" title="Selection">
          {target.selection}
        </code>
      )}
      <div className="mt-0.5 text-xs text-neutral-500">{count}</div>
    </div>
  );
}
