// One section of the Automation page (schedules, sensors): heading with how many there are and how many run, then
// the table, a loading or error state, or what to do when there are none.
import type { ReactNode } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import type { InstigatorStatus } from "../../graphql/client/generated/graphql";
import { EmptyState } from "../ui/EmptyState";
import { ErrorState } from "../ui/ErrorState";
import { TableSkeleton } from "../ui/Skeleton";

/** A list query as the section reads it: the results, or the CodeLocationNotFoundError-style message. */
interface ListQuery<T> {
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  refetch: () => unknown;
  data: { results: T[] } | { message: string } | undefined;
}

interface Props<T extends { status: InstigatorStatus }> {
  id: string;
  /** "Schedules", "Sensors". */
  title: string;
  query: ListQuery<T>;
  empty: { icon: ReactNode; title: string; body: ReactNode };
  /** The table, given the loaded results. */
  children: (results: readonly T[]) => ReactNode;
  /** Said under the table. */
  note: ReactNode;
}

export function AutomationSection<T extends { status: InstigatorStatus }>({
  id,
  title,
  query,
  empty,
  children,
  note,
}: Props<T>) {
  const results = query.data && "results" in query.data ? query.data.results : null;
  const running = results?.filter((item) => item.status === "RUNNING").length ?? 0;
  const noun = title.toLowerCase();
  const headingId = `${id}-heading`;

  return (
    <section aria-labelledby={headingId} className="mt-5">
      <div className="mb-2 flex items-baseline justify-between gap-4">
        <h2 id={headingId} className="text-[15px] font-semibold text-neutral-900">
          {title}
          {results && (
            <span className="ml-1.5 rounded bg-neutral-100 px-1 text-[11px] font-normal text-neutral-600">
              {results.length}
            </span>
          )}
        </h2>
        {results && results.length > 0 && (
          <p className="text-xs text-neutral-500">
            {running} of {results.length} running
          </p>
        )}
      </div>
      {query.isPending ? (
        <TableSkeleton rows={2} label={`Loading ${noun}`} />
      ) : query.isError ? (
        <ErrorState
          title={`Could not load ${noun}`}
          message={errorMessage(query.error)}
          onRetry={() => void query.refetch()}
        />
      ) : !results ? (
        <ErrorState
          title={`Could not load ${noun}`}
          message={query.data && "message" in query.data ? query.data.message : "No answer from the server."}
        />
      ) : results.length === 0 ? (
        <div className="rounded-lg border border-dashed border-neutral-300 bg-white">
          <EmptyState icon={empty.icon} title={empty.title}>
            {empty.body}
          </EmptyState>
        </div>
      ) : (
        <>
          {children(results)}
          <p className="mt-3 text-xs text-neutral-500">{note}</p>
        </>
      )}
    </section>
  );
}
