// The runs table: one row per run with status, assets (and job), who launched it, tags, when, and how long.
import Link from "next/link";
import type { RunListItem, RunTag } from "./useRuns";
import { jobPageHref } from "../jobs/jobLinks";
import { RelativeTime } from "../ui/RelativeTime";
import { RunAssetKeys } from "./RunAssetKeys";
import { RunDuration } from "./RunDuration";
import { runPageHref, shortRunId } from "./runLinks";
import { RunStatusBadge } from "./RunStatusBadge";
import { RunTags } from "./RunTags";
import { tableHeadClass } from "../ui/table";

export function RunsTable({ runs, onSelectTag }: { runs: readonly RunListItem[]; onSelectTag?: (tag: RunTag) => void }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-neutral-200 bg-white shadow-xs">
      <table aria-label="Runs" className="w-full min-w-[1000px] text-left text-[13px]">
        <thead className={tableHeadClass}>
          <tr>
            <th scope="col" className="w-28 px-4 py-2">Run</th>
            <th scope="col" className="w-28 px-3 py-2">Status</th>
            <th scope="col" className="px-3 py-2">Assets</th>
            <th scope="col" className="w-36 px-3 py-2">Launched by</th>
            <th scope="col" className="w-64 px-3 py-2">Tags</th>
            <th scope="col" className="w-28 px-3 py-2">Created</th>
            <th scope="col" className="w-24 px-4 py-2 text-right">Duration</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.runId} className="border-b border-neutral-100 align-middle last:border-b-0 hover:bg-neutral-50">
              <td className="px-4 py-2.5">
                <Link href={runPageHref(run.runId)} title={run.runId} className="font-mono text-xs font-medium text-accent-700 hover:underline">
                  {shortRunId(run.runId)}
                </Link>
              </td>
              <td className="px-3 py-2.5">
                <RunStatusBadge status={run.status} />
              </td>
              <td className="max-w-0 px-3 py-2.5">
                <RunAssetKeys keys={run.assetSelection} />
                {run.partitionKey && <div className="mt-0.5 font-mono text-[11px] text-neutral-500">partition {run.partitionKey}</div>}
                {run.jobName && (
                  <div className="mt-0.5 text-[11px] text-neutral-500">
                    job{" "}
                    <Link href={jobPageHref(run.jobName)} className="font-mono text-neutral-600 hover:text-accent-700 hover:underline">
                      {run.jobName}
                    </Link>
                  </div>
                )}
              </td>
              <td className="truncate px-3 py-2.5 text-neutral-700" title={run.launchedBy}>
                {run.launchedBy}
              </td>
              <td className="px-3 py-2.5">
                <RunTags tags={run.tags} max={3} onSelect={onSelectTag} />
              </td>
              <td className="whitespace-nowrap px-3 py-2.5 text-neutral-600">
                <RelativeTime timestamp={run.creationTime} />
              </td>
              <td className="whitespace-nowrap px-4 py-2.5 text-right tabular-nums text-neutral-700">
                <RunDuration start={run.startTime} end={run.endTime} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
