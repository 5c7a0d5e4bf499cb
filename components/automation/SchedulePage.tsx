"use client";
// One schedule (/automation/schedules/<location>/<name>): header with its switch, the next ticks, and the tick history.
// Polls while the schedule runs, so a tick shows up as the daemon evaluates it.
import type { ReactNode } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { NEXT_TICKS, type Schedule } from "../../graphql/client/schedules";
import { useSchedule } from "../../graphql/client/useSchedule";
import { ButtonLink } from "../ui/ButtonLink";
import { EmptyState } from "../ui/EmptyState";
import { ErrorState } from "../ui/ErrorState";
import { SearchIcon } from "../ui/icons";
import { Skeleton } from "../ui/Skeleton";
import { ScheduleHeader } from "./ScheduleHeader";
import { TickHistory } from "./TickHistory";
import { UpcomingTicks } from "./UpcomingTicks";

export function SchedulePage({ codeLocationName, scheduleName }: { codeLocationName: string; scheduleName: string }) {
  const query = useSchedule({ codeLocationName, scheduleName });

  if (query.isPending) return <SchedulePageSkeleton />;
  if (query.isError) {
    return (
      <div className="px-6 py-10">
        <ErrorState title="Could not load this schedule" message={errorMessage(query.error)} onRetry={() => void query.refetch()} />
      </div>
    );
  }
  if (query.data.__typename === "ScheduleNotFoundError") return <ScheduleNotFound message={query.data.message} />;
  return <ScheduleView schedule={query.data} />;
}

function ScheduleView({ schedule }: { schedule: Schedule }) {
  return (
    <div className="min-h-full bg-neutral-50">
      <ScheduleHeader schedule={schedule} />
      <div className="grid grid-cols-1 gap-5 px-6 py-5 lg:grid-cols-[minmax(0,1fr)_340px]">
        <section aria-labelledby="tick-history" className="min-w-0">
          <h2 id="tick-history" className="mb-2 text-[13px] font-semibold text-neutral-800">
            Tick history
          </h2>
          <TickHistory schedule={schedule} />
        </section>
        <Card title={`Next ${NEXT_TICKS} ticks`}>
          <UpcomingTicks schedule={schedule} />
        </Card>
      </div>
    </div>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="rounded-lg border border-neutral-200 bg-white shadow-xs lg:self-start">
      <h2 className="border-b border-neutral-100 px-4 py-2.5 text-[13px] font-semibold text-neutral-800">{title}</h2>
      <div className="px-4 py-2">{children}</div>
    </section>
  );
}

function ScheduleNotFound({ message }: { message: string }) {
  return (
    <div className="px-6 py-16">
      <div className="mx-auto max-w-lg rounded-lg border border-neutral-200 bg-white shadow-xs">
        <EmptyState icon={<SearchIcon size={22} />} title="Schedule not found">
          <p>{message}</p>
          <div className="mt-5 flex justify-center gap-2">
            <ButtonLink variant="primary" href="/automation">
              Back to automation
            </ButtonLink>
            <ButtonLink href="/deployment">Check code locations</ButtonLink>
          </div>
        </EmptyState>
      </div>
    </div>
  );
}

function SchedulePageSkeleton() {
  return (
    <div role="status" aria-label="Loading schedule" className="min-h-full bg-neutral-50">
      <div className="border-b border-neutral-200 bg-white px-6 py-5">
        <Skeleton className="h-3 w-40" />
        <Skeleton className="mt-3 h-6 w-72" />
        <Skeleton className="mt-3 h-4 w-2/3" />
        <Skeleton className="mt-5 h-10 w-full" />
      </div>
      <div className="grid grid-cols-1 gap-5 px-6 py-5 lg:grid-cols-[minmax(0,1fr)_340px]">
        <Skeleton className="h-64 w-full" />
        <Skeleton className="h-48 w-full" />
      </div>
    </div>
  );
}
