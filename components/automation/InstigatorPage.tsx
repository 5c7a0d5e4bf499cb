"use client";
// What a schedule's and a sensor's page share: loading, error and not-found states, then the header, the tick
// history and a side card.
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { type NotFoundError, QueryState } from "../ui/QueryState";
import { InstigatorNotFound } from "./InstigatorNotFound";
import { InstigatorPageSkeleton } from "./InstigatorPageSkeleton";
import { SideCard } from "./SideCard";
import { TickHistory, type TickHistoryProps } from "./TickHistory";
import type { InstigatorKind } from "./useToggleInstigator";

/** The schedule or sensor, or its not-found error, loaded; `children` renders the one found. */
export function InstigatorQueryPage<T>({
  kind,
  query,
  children,
}: {
  kind: InstigatorKind;
  query: UseQueryResult<T>;
  children: (item: Exclude<T, NotFoundError>) => ReactNode;
}) {
  return (
    <QueryState
      query={query}
      page
      skeleton={<InstigatorPageSkeleton label={`Loading ${kind}`} />}
      errorTitle={`Could not load this ${kind}`}
      notFound={(error) => (
        <InstigatorNotFound
          title={kind === "schedule" ? "Schedule not found" : "Sensor not found"}
          message={error.message}
        />
      )}
    >
      {children}
    </QueryState>
  );
}

export function InstigatorPageLayout({
  header,
  history,
  side,
}: {
  header: ReactNode;
  history: TickHistoryProps;
  side: { title: string; content: ReactNode };
}) {
  return (
    <div className="min-h-full bg-neutral-50">
      {header}
      <div className="grid grid-cols-1 gap-5 px-6 py-5 lg:grid-cols-[minmax(0,1fr)_340px]">
        <section aria-labelledby="tick-history" className="min-w-0">
          <h2 id="tick-history" className="mb-2 text-[13px] font-semibold text-neutral-800">
            Tick history
          </h2>
          <TickHistory {...history} />
        </section>
        <SideCard title={side.title}>{side.content}</SideCard>
      </div>
    </div>
  );
}
