// The audit log for the admin page: a page of events, newest first, optionally one actor's or one kind of action.
import type { InvalidInputError } from "./users";
import type { UnauthorizedError } from "./viewer";

export const AUDIT_EVENTS_QUERY = /* GraphQL */ `
  query AuditEvents($limit: Int, $before: String, $actor: String, $actionPrefix: String) {
    auditEventsOrError(limit: $limit, before: $before, actor: $actor, actionPrefix: $actionPrefix) {
      __typename
      ... on AuditEventList { cursor events { id timestamp actor action target details } }
      ... on InvalidInputError { field message }
      ... on UnauthorizedError { message permission }
    }
  }
`;

/** The filters the page keeps in its URL; empty strings are left out of the query. */
export interface AuditEventsFilter {
  actor: string;
  actionPrefix: string;
}

export interface AuditEvent {
  id: string;
  timestamp: string;
  actor: string;
  action: string;
  target: string;
  /** JSON text. */
  details: string;
}

export type AuditEventsOrError = { __typename: "AuditEventList"; cursor: string | null; events: AuditEvent[] } | InvalidInputError | UnauthorizedError;

export interface AuditEventsQueryData {
  auditEventsOrError: AuditEventsOrError;
}

export interface AuditEventsQueryVariables extends Record<string, unknown> {
  limit: number;
  before: string | null;
  actor: string | null;
  actionPrefix: string | null;
}
