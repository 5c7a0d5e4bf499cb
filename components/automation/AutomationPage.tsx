"use client";
// The Automation page (/automation): what launches runs on its own. Schedules for now, each with its on/off switch;
// sensors will get a section of their own below.
import Link from "next/link";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { useSchedules } from "../../graphql/client/useSchedules";
import { PageHeader } from "../shell/PageHeader";
import { EmptyState } from "../ui/EmptyState";
import { ErrorState } from "../ui/ErrorState";
import { ClockIcon } from "../ui/icons";
import { TableSkeleton } from "../ui/Skeleton";
import { SchedulesTable } from "./SchedulesTable";

const code = "rounded bg-neutral-100 px-1 py-0.5 font-mono text-[12px] text-neutral-800";

export function AutomationPage() {
  const schedules = useSchedules();
  const results = schedules.data?.__typename === "Schedules" ? schedules.data.results : [];
  const running = results.filter((schedule) => schedule.status === "RUNNING").length;

  return (
    <div className="mx-auto flex max-w-[1400px] flex-col px-6 pt-6 pb-8">
      <PageHeader title="Automation" subtitle="What launches runs on its own: schedules on a cron, evaluated by the daemon tick by tick" />
      <section aria-labelledby="schedules-heading" className="mt-5">
        <div className="mb-2 flex items-baseline justify-between gap-4">
          <h2 id="schedules-heading" className="text-[15px] font-semibold text-neutral-900">
            Schedules
            {schedules.data?.__typename === "Schedules" && <span className="ml-1.5 rounded bg-neutral-100 px-1 text-[11px] font-normal text-neutral-500">{results.length}</span>}
          </h2>
          {results.length > 0 && (
            <p className="text-xs text-neutral-500">
              {running} of {results.length} running
            </p>
          )}
        </div>
        {schedules.isPending ? (
          <TableSkeleton rows={3} label="Loading schedules" />
        ) : schedules.isError ? (
          <ErrorState title="Could not load schedules" message={errorMessage(schedules.error)} onRetry={() => void schedules.refetch()} />
        ) : schedules.data.__typename !== "Schedules" ? (
          <ErrorState title="Could not load schedules" message={schedules.data.message} />
        ) : results.length === 0 ? (
          <div className="rounded-lg border border-dashed border-neutral-300 bg-white">
            <EmptyState icon={<ClockIcon size={22} />} title="No schedules yet">
              <p>
                A schedule launches a job or a selection of assets on a cron, in a time zone. Define one with{" "}
                <code className={code}>schedule({"{ name, cron, target }"})</code>, pass it to <code className={code}>defineDefinitions({"{ schedules }"})</code>,
                then reload the code location on the{" "}
                <Link href="/deployment" className="font-medium text-accent-700 hover:underline">
                  Deployment
                </Link>{" "}
                page.
              </p>
            </EmptyState>
          </div>
        ) : (
          <>
            <SchedulesTable schedules={results} />
            <p className="mt-3 text-xs text-neutral-500">
              A schedule that is turned on starts from that moment: it launches nothing for the time it was off. Runs start once the daemon ticks (
              <code className="font-mono">strata dev</code> runs it).
            </p>
          </>
        )}
      </section>
    </div>
  );
}
