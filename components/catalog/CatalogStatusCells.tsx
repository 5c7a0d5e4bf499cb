// The catalog's Status and Checks cells. Status reads, most urgent first: running (a Strata run or an external job),
// failed, unsynced (materialized but behind its code or upstream data), then the plain state. Checks count passed,
// failed and warned results, and say "not run yet" for checks that have never run.
import Link from "next/link";
import { MaterializationStatusBadge } from "../assets/MaterializationStatus";
import type { AssetNodeListItem } from "../assets/useAssetNodes";
import type { ChecksSummary } from "../checks/checkStatus";
import { runPageHref, shortRunId } from "../runs/runLinks";
import { StaleBadge } from "../staleness/StaleBadge";
import { isUnsynced } from "../staleness/staleFields";
import { Badge } from "../ui/Badge";

export function CatalogStatusCell({
  asset,
  runId,
  externalJob,
}: {
  asset: AssetNodeListItem;
  /** A queued or running Strata run that materializes the asset. */
  runId: string | undefined;
  /** An external job writing the asset now (OpenLineage). */
  externalJob: string | undefined;
}) {
  if (runId)
    return (
      <Link href={runPageHref(runId)} title={`View run ${shortRunId(runId)}`} className="rounded hover:opacity-80">
        <Badge tone="blue">
          <span aria-hidden="true" className="size-1.5 animate-pulse rounded-full bg-sky-500" />
          Running
        </Badge>
      </Link>
    );
  if (externalJob) return <MaterializationStatusBadge info={asset.assetLatestInfo} runningIn={externalJob} />;
  // A failure says more than being behind; a materialized asset that is behind must not read as plainly fine.
  if (asset.assetLatestInfo.state === "MATERIALIZED" && isUnsynced(asset)) return <StaleBadge asset={asset} />;
  return <MaterializationStatusBadge info={asset.assetLatestInfo} />;
}

export function CatalogChecksCell({ summary, count }: { summary: ChecksSummary | undefined; count: number }) {
  const total = Math.max(count, summary?.total ?? 0);
  if (total === 0) return <span className="text-neutral-600">No checks</span>;
  const notRun = total - (summary ? summary.passed + summary.failed + summary.warnings : 0);
  const parts = [
    summary?.failed ? { text: `${summary.failed} failed`, className: "text-red-700" } : null,
    summary?.warnings ? { text: `${summary.warnings} warn`, className: "text-amber-800" } : null,
    summary?.passed ? { text: `${summary.passed} passed`, className: "text-emerald-700" } : null,
  ].filter((p) => p !== null);
  if (parts.length === 0)
    return (
      <Badge tone="neutral" title={`${total} check${total === 1 ? "" : "s"}, none run yet`}>
        Not run yet
      </Badge>
    );
  const title = [...parts.map((p) => p.text), notRun > 0 ? `${notRun} not run yet` : null].filter(Boolean).join(", ");
  return (
    <span className="inline-flex min-w-0 items-center gap-1.5 truncate text-xs font-medium" title={`Checks: ${title}`}>
      {parts.map((part, index) => (
        <span key={part.text} className={part.className}>
          {index > 0 && (
            <span aria-hidden="true" className="mr-1.5 text-neutral-500">
              ·
            </span>
          )}
          {part.text}
        </span>
      ))}
    </span>
  );
}
