// The latest materialization state as a dot and a phrase: "Materialized 5m ago", "Failed 2h ago", "Source"; links to its run.
import Link from "next/link";
import { graphql } from "../../graphql/client/generated";
import type { AssetLatestInfoFieldsFragment } from "../../graphql/client/generated/graphql";
import { runPageHref, shortRunId } from "../runs/runLinks";
import { Badge, type BadgeTone } from "../ui/Badge";
import { cx } from "../ui/cx";
import { RelativeTime } from "../ui/RelativeTime";
import { statusDotClass, statusLabel, statusRunId, statusTextClass, statusTimestamp } from "./materializationStatus";

/** The latest-materialization fields every asset view shows, as one fragment used by each query. */
export type AssetLatestInfo = AssetLatestInfoFieldsFragment;

graphql(`
  fragment AssetLatestInfoFields on AssetLatestInfo {
    state
    lastMaterializationTimestamp
    lastMaterializationRunId
    lastFailureTimestamp
    lastFailureRunId
    lastFailureMessage
  }
`);

/** `runningIn`: the external job writing the asset now (an OpenLineage run started and not ended), if any. */
export function MaterializationStatus({
  info,
  className,
  runningIn,
}: {
  info: AssetLatestInfo;
  className?: string;
  runningIn?: string | null;
}) {
  const timestamp = statusTimestamp(info);
  const runId = statusRunId(info);
  if (runningIn)
    return (
      <span
        className={cx("inline-flex min-w-0 items-center gap-1.5 text-xs", className)}
        title={`Running in ${runningIn}`}
      >
        <span aria-hidden="true" className="size-2 shrink-0 animate-pulse rounded-full bg-sky-500" />
        <span className="truncate text-sky-700">Running in {runningIn}</span>
      </span>
    );
  const content = (
    <>
      <span aria-hidden="true" className={cx("size-2 shrink-0 rounded-full", statusDotClass[info.state])} />
      <span className={cx("truncate", statusTextClass[info.state])}>
        {statusLabel[info.state]}
        {timestamp && (
          <>
            {" "}
            <RelativeTime timestamp={timestamp} />
          </>
        )}
      </span>
    </>
  );
  const classes = cx("inline-flex min-w-0 items-center gap-1.5 text-xs", className);
  if (!runId) return <span className={classes}>{content}</span>;
  return (
    <Link
      href={runPageHref(runId)}
      title={`View run ${shortRunId(runId)}`}
      className={cx(classes, "rounded-sm hover:underline hover:decoration-neutral-300 hover:underline-offset-2")}
    >
      {content}
    </Link>
  );
}

const badgeTone: Record<AssetLatestInfo["state"], BadgeTone> = {
  MATERIALIZED: "green",
  FAILED: "red",
  NEVER_MATERIALIZED: "neutral",
  SOURCE: "blue",
};

/** The state alone, as a badge for tables. */
export function MaterializationStatusBadge({ info, runningIn }: { info: AssetLatestInfo; runningIn?: string | null }) {
  if (runningIn)
    return (
      <Badge tone="blue" title={`Running in ${runningIn}`}>
        <span aria-hidden="true" className="size-1.5 animate-pulse rounded-full bg-sky-500" />
        Running
      </Badge>
    );
  const runId = statusRunId(info);
  const badge = (
    <Badge tone={badgeTone[info.state]}>
      <span aria-hidden="true" className={cx("size-1.5 rounded-full", statusDotClass[info.state])} />
      {statusLabel[info.state]}
    </Badge>
  );
  if (!runId) return badge;
  return (
    <Link href={runPageHref(runId)} title={`View run ${shortRunId(runId)}`} className="rounded hover:opacity-80">
      {badge}
    </Link>
  );
}
