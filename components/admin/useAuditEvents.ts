// The audit log, newest first, a page at a time ("Load more" passes the last page's cursor as `before`), optionally
// one actor's or one kind of action.
import { useInfiniteQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type { AuditEventsQuery } from "../../graphql/client/generated/graphql";
import { type AuditEventsFilter, queryKeys } from "../../graphql/client/queryKeys";

export type { AuditEventsFilter };

type AuditEventsOrError = AuditEventsQuery["auditEventsOrError"];
export type AuditEvent = Extract<AuditEventsOrError, { __typename: "AuditEventList" }>["events"][number];

const AuditEventsQueryDocument = graphql(`
  query AuditEvents($limit: Int, $before: String, $actor: String, $actionPrefix: String) {
    auditEventsOrError(limit: $limit, before: $before, actor: $actor, actionPrefix: $actionPrefix) {
      __typename
      ... on AuditEventList { cursor events { id timestamp actor action target details } }
      ... on InvalidInputError { field message }
      ... on UnauthorizedError { message permission }
    }
  }
`);

export const AUDIT_EVENTS_PAGE_SIZE = 50;

export function useAuditEvents(filter: AuditEventsFilter) {
  return useInfiniteQuery({
    queryKey: queryKeys.auditEvents(filter),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      fetchGraphQL(
        AuditEventsQueryDocument,
        {
          limit: AUDIT_EVENTS_PAGE_SIZE,
          before: pageParam,
          actor: filter.actor.trim() || null,
          actionPrefix: filter.actionPrefix.trim() || null,
        },
        { signal },
      ).then((d) => d.auditEventsOrError),
    getNextPageParam: (last: AuditEventsOrError) => (last.__typename === "AuditEventList" ? last.cursor : null),
  });
}
