// What a detail page or tab shows for its query before the thing itself: its skeleton while loading, the API's error
// with "Try again", or the not-found value the API returned (`JobNotFoundError`, `ScheduleNotFoundError`, …).
import type { ReactNode } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { ErrorState } from "./ErrorState";

/** The API's answer when what was asked for does not exist. */
export interface NotFoundError {
  __typename: `${string}NotFoundError`;
  message: string;
}

/** The part of a TanStack query (plain or infinite) these states read. */
interface QueryLike<T> {
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  data: T | undefined;
  refetch: () => unknown;
}

function isNotFound(data: unknown): data is NotFoundError {
  const typename = (data as { __typename?: unknown } | null)?.__typename;
  return typeof typename === "string" && typename.endsWith("NotFoundError");
}

export function QueryState<T>({
  query,
  skeleton,
  errorTitle,
  page = false,
  notFound,
  children,
}: {
  query: QueryLike<T>;
  skeleton: ReactNode;
  /** "Could not load this job". */
  errorTitle: string;
  /** The state fills a page of its own, so the error keeps off the page's edges. */
  page?: boolean;
  notFound?: (error: Extract<T, NotFoundError>) => ReactNode;
  children: (data: Exclude<T, NotFoundError>) => ReactNode;
}) {
  if (query.isPending) return skeleton;
  if (query.isError) {
    const error = (
      <ErrorState title={errorTitle} message={errorMessage(query.error)} onRetry={() => void query.refetch()} />
    );
    return page ? <div className="px-6 py-10">{error}</div> : error;
  }
  const data = query.data as T;
  if (notFound && isNotFound(data)) return notFound(data as Extract<T, NotFoundError>);
  return children(data as Exclude<T, NotFoundError>);
}
