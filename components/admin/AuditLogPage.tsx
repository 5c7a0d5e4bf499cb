"use client";
// The audit log page (/admin/audit-log): every change, newest first, filtered by actor and action prefix (kept in
// the URL), a page at a time.
import { useMemo } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { Button } from "../ui/Button";
import { EmptyState } from "../ui/EmptyState";
import { ErrorState } from "../ui/ErrorState";
import { FilterInput } from "../ui/FilterInput";
import { AlertIcon, ListIcon, SearchIcon } from "../ui/icons";
import { LoadMoreFooter } from "../ui/LoadMoreFooter";
import { TableSkeleton } from "../ui/Skeleton";
import { AdminFrame } from "./AdminFrame";
import { AuditLogTable } from "./AuditLogTable";
import type { AuditEvent } from "./useAuditEvents";
import { useAuditEvents } from "./useAuditEvents";
import { useAuditLogFilter } from "./useAuditLogFilter";

export function AuditLogPage() {
  return (
    <AdminFrame
      section="audit-log"
      title="Audit log"
      subtitle="Every change made through the console, the API and the command line, newest first"
    >
      <AuditLog />
    </AdminFrame>
  );
}

function AuditLog() {
  const { text, set, filter, filtered } = useAuditLogFilter();
  const events = useAuditEvents(filter);
  const pages = events.data?.pages;
  const problem = pages?.find((p) => p.__typename !== "AuditEventList");
  const rows = useMemo<AuditEvent[]>(
    () => (pages ?? []).flatMap((p) => (p.__typename === "AuditEventList" ? p.events : [])),
    [pages],
  );

  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <FilterInput
          className="w-96"
          label="Filter by actor"
          placeholder="Actor, e.g. local, alice@example.com, token:ci"
          value={text.actor}
          onChange={(actor) => set({ actor })}
        />
        <FilterInput
          className="w-96"
          label="Filter by action"
          placeholder="Action prefix, e.g. run. or token.create"
          value={text.actionPrefix}
          onChange={(actionPrefix) => set({ actionPrefix })}
        />
        {filtered && (
          <Button variant="ghost" onClick={() => set({ actor: "", actionPrefix: "" })}>
            Clear filters
          </Button>
        )}
      </div>
      <div className="mt-4">
        {events.isPending ? (
          <TableSkeleton rows={8} label="Loading the audit log" />
        ) : events.isError ? (
          <ErrorState
            title="Could not load the audit log"
            message={errorMessage(events.error)}
            onRetry={() => void events.refetch()}
          />
        ) : problem ? (
          <div
            role="alert"
            className="flex items-start gap-2 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-[13px] text-amber-900"
          >
            <AlertIcon size={16} className="mt-0.5 shrink-0" />
            <span>{problem.message}</span>
          </div>
        ) : rows.length === 0 ? (
          <div className="rounded-lg border border-dashed border-neutral-300 bg-white">
            {filtered ? (
              <EmptyState icon={<SearchIcon size={22} />} title="No events match these filters">
                The actor must match exactly; the action matches by its start (
                <code className="font-mono text-neutral-700">run.</code> finds launches and terminations).
              </EmptyState>
            ) : (
              <EmptyState icon={<ListIcon size={22} />} title="Nothing recorded yet">
                Launches, terminations, backfills, schedule and sensor changes, reloads, users and tokens are recorded
                here as they happen.
              </EmptyState>
            )}
          </div>
        ) : (
          <>
            <AuditLogTable events={rows} />
            <LoadMoreFooter count={rows.length} noun="event" pages={events} />
          </>
        )}
      </div>
    </>
  );
}
