"use client";
// The Checks tab of an asset page: each check with its latest result, the selected check's history, and
// "Run checks" to evaluate them again on the stored value without materializing the asset.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { usePermission } from "../auth/useViewer";
import { refusedControlProps } from "../auth/viewerPermission";
import { CompactMetadataValue } from "../metadata/MetadataValue";
import { runPageHref, shortRunId } from "../runs/runLinks";
import { useLaunchRun } from "../runs/useLaunchRun";
import { Badge } from "../ui/Badge";
import { Button } from "../ui/Button";
import { cx } from "../ui/cx";
import { EmptyState } from "../ui/EmptyState";
import { ErrorState } from "../ui/ErrorState";
import { AlertIcon, CheckCircleIcon, PlayIcon } from "../ui/icons";
import { RelativeTime } from "../ui/RelativeTime";
import { Skeleton } from "../ui/Skeleton";
import { tableHeadClass } from "../ui/table";
import { CheckStatusBadge } from "./CheckStatusBadge";
import { checkOutcome } from "./checkStatus";
import type { AssetCheck } from "./useAssetChecks";
import { useAssetCheckExecutions, useAssetChecks } from "./useAssetChecks";

export function AssetChecksTab({ path }: { path: readonly string[] }) {
  const query = useAssetChecks(path);
  const [selected, setSelected] = useState<string | null>(null);
  if (query.isPending) return <Skeleton className="h-48 w-full" />;
  if (query.isError)
    return (
      <ErrorState
        title="Could not load checks"
        message={errorMessage(query.error)}
        onRetry={() => void query.refetch()}
      />
    );
  if (query.data.__typename === "AssetNotFoundError")
    return <ErrorState title="Asset not found" message={query.data.message} />;
  const { assetChecks, partitionsDefinition, isSource } = query.data;
  if (assetChecks.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-neutral-300 bg-white">
        <EmptyState icon={<CheckCircleIcon size={22} />} title="No checks on this asset">
          Checks test an asset each time it materializes, e.g.{" "}
          <code className="rounded bg-neutral-100 px-1 font-mono text-[12px] text-neutral-800">
            check({"{"} asset, name, compute {"}"})
          </code>{" "}
          in{" "}
          <code className="rounded bg-neutral-100 px-1 font-mono text-[12px] text-neutral-800">
            defineDefinitions({"{"} checks {"}"})
          </code>
          . A blocking check that fails stops the assets downstream.
        </EmptyState>
      </div>
    );
  }
  const current = assetChecks.find((c) => c.name === selected) ?? assetChecks[0] ?? null;
  return (
    <div className="grid grid-cols-1 gap-5 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <section aria-label="Checks" className="overflow-hidden rounded-lg border border-neutral-200 bg-white">
        <header className="flex flex-wrap items-center justify-between gap-3 border-b border-neutral-200 px-4 py-3">
          <h2 className="text-[13px] font-semibold text-neutral-800">
            {assetChecks.length} check{assetChecks.length === 1 ? "" : "s"}
          </h2>
          {isSource ? (
            // Checks on an asset made elsewhere are results reported with it (OpenLineage, reports): none to run.
            <span className="text-xs text-neutral-500">Reported from outside Strata</span>
          ) : (
            <RunChecksButton
              path={path}
              partitioned={partitionsDefinition !== null}
              latestPartition={latestPartitionOf(assetChecks)}
            />
          )}
        </header>
        <ul className="divide-y divide-neutral-100">
          {assetChecks.map((check) => (
            <CheckRow
              key={check.name}
              check={check}
              selected={check.name === current?.name}
              onSelect={() => setSelected(check.name)}
            />
          ))}
        </ul>
      </section>
      {current && <CheckHistory path={path} check={current} />}
    </div>
  );
}

function CheckRow({ check, selected, onSelect }: { check: AssetCheck; selected: boolean; onSelect: () => void }) {
  const latest = check.latestExecution;
  return (
    <li>
      <button
        type="button"
        onClick={onSelect}
        aria-pressed={selected}
        aria-label={`Check ${check.name}`}
        className={cx(
          "block w-full px-4 py-3 text-left transition-colors hover:bg-neutral-50",
          selected && "bg-accent-50/50 hover:bg-accent-50/60",
        )}
      >
        <div className="flex flex-wrap items-center gap-2">
          <CheckStatusBadge outcome={checkOutcome(latest?.status ?? null, check.severity)} />
          <span className="font-mono text-[13px] font-semibold text-neutral-900">{check.name}</span>
          <Badge tone={check.severity === "ERROR" ? "red" : "amber"}>{check.severity}</Badge>
          {check.blocking && <Badge title="A failure skips the assets downstream in the same run">Blocking</Badge>}
          {latest && <RelativeTime timestamp={latest.timestamp} className="ml-auto text-xs text-neutral-500" />}
        </div>
        {check.description && <p className="mt-1 text-[13px] text-neutral-600">{check.description}</p>}
        {latest?.description && (
          <p
            className={cx(
              "mt-1.5 flex items-start gap-1.5 text-[13px]",
              latest.status === "SUCCEEDED" ? "text-neutral-700" : "text-red-800",
            )}
          >
            {latest.status !== "SUCCEEDED" && <AlertIcon size={13} className="mt-0.5 shrink-0" />}
            {latest.description}
          </p>
        )}
      </button>
    </li>
  );
}

function CheckHistory({ path, check }: { path: readonly string[]; check: AssetCheck }) {
  const history = useAssetCheckExecutions(path, check.name);
  return (
    <section aria-label="Check history" className="overflow-hidden rounded-lg border border-neutral-200 bg-white">
      <header className="border-b border-neutral-200 px-4 py-3">
        <h2 className="text-[13px] font-semibold text-neutral-800">
          History of <span className="font-mono">{check.name}</span>
        </h2>
      </header>
      {history.isPending ? (
        <Skeleton className="m-4 h-24" />
      ) : history.isError ? (
        <p className="px-4 py-6 text-[13px] text-red-700">{errorMessage(history.error)}</p>
      ) : history.data.length === 0 ? (
        <p className="px-4 py-6 text-[13px] text-neutral-500">
          Not run yet: it runs the next time the asset materializes.
        </p>
      ) : (
        <table aria-label={`Executions of ${check.name}`} className="w-full text-[13px]">
          <thead className={tableHeadClass}>
            <tr>
              <th className="px-4 py-2 text-left">When</th>
              <th className="px-2 py-2 text-left">Result</th>
              <th className="px-2 py-2 text-left">Partition</th>
              <th className="px-2 py-2 text-left">Details</th>
              <th className="px-4 py-2 text-right">Run</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-neutral-100">
            {history.data.map((execution) => (
              <tr key={execution.id} className="align-top">
                <td className="px-4 py-2 whitespace-nowrap text-neutral-600">
                  <RelativeTime timestamp={execution.timestamp} />
                </td>
                <td className="px-2 py-2">
                  <CheckStatusBadge outcome={checkOutcome(execution.status, execution.severity)} />
                </td>
                <td className="px-2 py-2 font-mono text-xs text-neutral-600">{execution.partitionKey ?? "—"}</td>
                <td className="px-2 py-2 text-neutral-700">
                  {execution.description}
                  {execution.metadataEntries.length > 0 && (
                    <div className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-neutral-500">
                      {execution.metadataEntries.map((entry) => (
                        <span key={entry.label} className="inline-flex max-w-full min-w-0 items-baseline gap-1">
                          {entry.label}{" "}
                          <span className="min-w-0 text-neutral-700">
                            <CompactMetadataValue entry={entry} />
                          </span>
                        </span>
                      ))}
                    </div>
                  )}
                </td>
                <td className="px-4 py-2 text-right">
                  {execution.runId && (
                    <Link
                      href={runPageHref(execution.runId)}
                      className="font-mono text-xs text-accent-700 hover:underline"
                    >
                      {shortRunId(execution.runId)}
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Runs the asset's checks on what it stored; a partitioned asset needs the partition to check. */
function RunChecksButton({
  path,
  partitioned,
  latestPartition,
}: {
  path: readonly string[];
  partitioned: boolean;
  latestPartition: string | null;
}) {
  const router = useRouter();
  const launch = useLaunchRun();
  const [partition, setPartition] = useState(latestPartition ?? "");
  const [problem, setProblem] = useState<string | null>(null);
  const { refusal } = usePermission("LAUNCH_RUNS");
  const onClick = () => {
    if (refusal) return;
    setProblem(null);
    launch.mutate(
      { assetSelection: [{ path: [...path] }], checksOnly: true, partitionKey: partitioned ? partition.trim() : null },
      {
        onSuccess: (result) =>
          result.__typename === "LaunchRunSuccess"
            ? router.push(runPageHref(result.run.runId))
            : setProblem(result.message),
        onError: (error) => setProblem(errorMessage(error)),
      },
    );
  };
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex items-center gap-2">
        {partitioned && (
          <input
            aria-label="Partition to check"
            value={partition}
            onChange={(e) => setPartition(e.target.value)}
            placeholder="Partition"
            spellCheck={false}
            className="h-8 w-36 rounded-md border border-neutral-300 bg-white px-2 font-mono text-xs shadow-xs outline-none focus:border-accent-500 focus:ring-2 focus:ring-accent-100"
          />
        )}
        <Button
          onClick={onClick}
          disabled={launch.isPending || (partitioned && !partition.trim())}
          title="Evaluate the checks on the stored value, without materializing the asset"
          {...refusedControlProps(refusal)}
        >
          <PlayIcon size={12} />
          {launch.isPending ? "Launching…" : "Run checks"}
        </Button>
      </div>
      {problem && (
        <p role="alert" className="max-w-sm text-right text-xs text-red-700">
          {problem}
        </p>
      )}
    </div>
  );
}

function latestPartitionOf(checks: readonly AssetCheck[]): string | null {
  const latest = checks
    .flatMap((c) => (c.latestExecution ? [c.latestExecution] : []))
    .sort((a, b) => b.timestamp.localeCompare(a.timestamp))[0];
  return latest?.partitionKey ?? null;
}
