"use client";
// Whether the daemon and the workers are alive: one card per process with its last heartbeat, a daemon's loops with
// their last tick and error, and a worker's runs. Nothing alive is said plainly, since nothing would run.
import Link from "next/link";
import { errorMessage, isDatabaseUnreachable } from "../../graphql/client/fetchGraphQL";
import { runPageHref, shortRunId } from "../runs/runLinks";
import { Badge, type BadgeTone } from "../ui/Badge";
import { ErrorState } from "../ui/ErrorState";
import { AlertIcon } from "../ui/icons";
import { RelativeTime } from "../ui/RelativeTime";
import { TableSkeleton } from "../ui/Skeleton";
import type { InstanceProcess } from "./useInstanceProcesses";
import { useInstanceProcesses } from "./useInstanceProcesses";

const healthTone: Record<InstanceProcess["health"], BadgeTone> = {
  HEALTHY: "green",
  NOT_RESPONDING: "red",
  STOPPED: "neutral",
};
const healthLabel: Record<InstanceProcess["health"], string> = {
  HEALTHY: "Healthy",
  NOT_RESPONDING: "Not responding",
  STOPPED: "Stopped",
};

export function InstanceStatus() {
  const processes = useInstanceProcesses();
  if (processes.isPending) return <TableSkeleton rows={2} label="Loading daemon and workers" />;
  if (processes.isError)
    return (
      <ErrorState
        title={
          isDatabaseUnreachable(processes.error) ? "The database is unreachable" : "Could not load the instance status"
        }
        message={errorMessage(processes.error)}
        onRetry={() => void processes.refetch()}
      />
    );
  const daemons = processes.data.filter((p) => p.kind === "DAEMON");
  const workers = processes.data.filter((p) => p.kind === "WORKER");
  const missing = [
    ...(daemons.some((p) => p.health === "HEALTHY")
      ? []
      : [
          "No daemon is running: schedules, sensors, automation, backfills and alerts are not evaluated. Start one with `strata daemon`.",
        ]),
    ...(workers.some((p) => p.health === "HEALTHY")
      ? []
      : ["No worker is running: queued runs wait. Start one with `strata worker`."]),
  ];
  return (
    <div className="space-y-3">
      {missing.map((text) => (
        <p
          key={text}
          role="alert"
          className="flex items-start gap-2 rounded-md bg-red-50 px-3 py-2 text-[13px] text-red-800 ring-1 ring-red-200 ring-inset"
        >
          <AlertIcon size={14} className="mt-0.5 shrink-0" />
          {text}
        </p>
      ))}
      <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
        {[...daemons, ...workers].map((process) => (
          <ProcessCard key={process.id} process={process} />
        ))}
      </div>
    </div>
  );
}

function ProcessCard({ process }: { process: InstanceProcess }) {
  return (
    <article
      aria-label={`${process.kind === "DAEMON" ? "Daemon" : "Worker"} ${process.id}`}
      className="rounded-lg border border-neutral-200 bg-white"
    >
      <header className="flex flex-wrap items-center gap-2 border-b border-neutral-100 px-4 py-2.5">
        <span className="text-[13px] font-semibold text-neutral-900">
          {process.kind === "DAEMON" ? "Daemon" : "Worker"}
        </span>
        <Badge tone={healthTone[process.health]}>{healthLabel[process.health]}</Badge>
        <span className="truncate font-mono text-xs text-neutral-500">
          {process.host} · pid {process.pid}
        </span>
        <span className="ml-auto text-xs text-neutral-500">
          heartbeat <RelativeTime timestamp={process.heartbeatAt} />
        </span>
      </header>
      <div className="px-4 py-2.5 text-[13px]">
        {process.kind === "DAEMON" ? (
          <table aria-label="Daemon loops" className="w-full">
            <tbody>
              {process.loops.map((loop) => (
                <tr key={loop.name} className="align-top">
                  <td className="py-0.5 pr-3 text-neutral-700">{loop.name}</td>
                  <td className="py-0.5 pr-3 text-xs text-neutral-500">every {Math.round(loop.intervalMs / 1000)} s</td>
                  <td className="py-0.5 text-right text-xs">
                    {loop.lastError ? (
                      <span className="text-red-700" title={loop.lastError}>
                        failed: {loop.lastError}
                      </span>
                    ) : loop.lastTickAt ? (
                      <span className="text-neutral-500">
                        ticked <RelativeTime timestamp={loop.lastTickAt} />
                      </span>
                    ) : (
                      <span className="text-neutral-500">not yet</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="text-neutral-600">
            {process.runIds.length === 0 ? "Idle" : "Running "}
            {process.runIds.map((runId, i) => (
              <span key={runId}>
                {i > 0 && ", "}
                <Link href={runPageHref(runId)} className="font-mono text-xs text-accent-700 hover:underline">
                  {shortRunId(runId)}
                </Link>
              </span>
            ))}
            {process.concurrency !== null && <span className="text-neutral-500"> · {process.concurrency} slots</span>}
          </p>
        )}
      </div>
    </article>
  );
}
