// The audit log, newest first, a page at a time ("Load more" passes the last page's cursor as `before`).
import { useInfiniteQuery } from "@tanstack/react-query";
import { AUDIT_EVENTS_QUERY, type AuditEventsFilter, type AuditEventsOrError, type AuditEventsQueryData, type AuditEventsQueryVariables } from "./auditLog";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";

export const AUDIT_EVENTS_PAGE_SIZE = 50;

export function useAuditEvents(filter: AuditEventsFilter) {
  return useInfiniteQuery({
    queryKey: queryKeys.auditEvents(filter),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      fetchGraphQL<AuditEventsQueryData, AuditEventsQueryVariables>(
        AUDIT_EVENTS_QUERY,
        { limit: AUDIT_EVENTS_PAGE_SIZE, before: pageParam, actor: filter.actor.trim() || null, actionPrefix: filter.actionPrefix.trim() || null },
        { signal },
      ).then((d) => d.auditEventsOrError),
    getNextPageParam: (last: AuditEventsOrError) => (last.__typename === "AuditEventList" ? last.cursor : null),
  });
}
