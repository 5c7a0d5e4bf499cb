// The latest materialization (and failure, if newer) of an asset, with absolute times and run ids.
import Link from "next/link";
import { runPageHref, shortRunId } from "../runs/runLinks";
import { formatAbsoluteTime } from "../ui/formatTime";
import { RelativeTime } from "../ui/RelativeTime";
import type { AssetLatestInfo } from "./MaterializationStatus";
import { MaterializationStatus } from "./MaterializationStatus";

export function LatestMaterialization({ info }: { info: AssetLatestInfo }) {
  return (
    <div className="space-y-2 text-[13px]">
      <MaterializationStatus info={info} className="text-[13px]" />
      {info.state === "SOURCE" && (
        <p className="text-neutral-500">
          A source asset is produced outside Strata; it is observed, never materialized.
        </p>
      )}
      {info.state === "NEVER_MATERIALIZED" && (
        <p className="text-neutral-500">This asset has not been materialized yet.</p>
      )}
      {info.lastMaterializationTimestamp && (
        <RunLine
          label="Last materialized"
          timestamp={info.lastMaterializationTimestamp}
          runId={info.lastMaterializationRunId}
        />
      )}
      {info.lastFailureTimestamp && (
        <RunLine label="Last failure" timestamp={info.lastFailureTimestamp} runId={info.lastFailureRunId} />
      )}
      {info.lastFailureMessage && info.state === "FAILED" && (
        <p
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 px-2.5 py-2 text-xs break-words text-red-800"
        >
          {info.lastFailureMessage}
        </p>
      )}
    </div>
  );
}

function RunLine({ label, timestamp, runId }: { label: string; timestamp: string; runId: string | null }) {
  return (
    <div className="rounded-md border border-neutral-200 bg-neutral-50 px-2.5 py-2">
      <div className="flex items-baseline justify-between gap-2">
        <span className="text-xs text-neutral-500">{label}</span>
        <RelativeTime timestamp={timestamp} className="text-xs text-neutral-500" />
      </div>
      <div className="mt-0.5 text-neutral-900">{formatAbsoluteTime(timestamp)}</div>
      {runId && (
        <Link
          href={runPageHref(runId)}
          className="mt-0.5 block font-mono text-[11px] text-accent-700 hover:underline"
          title={`Run ${runId}`}
        >
          run {shortRunId(runId)}
        </Link>
      )}
    </div>
  );
}
