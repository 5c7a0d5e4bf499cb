// Answers to the console's polled reads, shared for a moment among callers who may see the same things: twenty open
// consoles polling the asset graph, the runs and a run's logs cost the server one answer per moment, not twenty. An
// answer is kept for `ttlMs` (under the console's 2 s poll, so a page is at most one poll behind) and keyed by the
// caller's permissions (role and grants), never shared across permissions; a mutation in this process drops every
// kept answer, so a caller sees their own launch at once. Answers naming the caller (Query.viewer) are never kept.
import { createHash } from "node:crypto";
import type { Plugin } from "@envelop/core";
import { createInMemoryCache, useResponseCache as responseCache } from "@graphql-yoga/plugin-response-cache";
import { getOperationAST } from "graphql";
import type { Principal } from "../lib/core/auth/principal";

/** The polled reads, each kept `ttlMs`; a query touching only other fields is not kept. */
const POLLED_FIELDS = [
  "Query.assetNodes",
  "Query.assetNodeOrError",
  "Query.runsOrError",
  "Query.runOrError",
  "Query.logsForRun",
  "Query.runsTimeline",
];
/** Answers that name the caller: never shared, even with a caller of the same permissions. */
const PERSONAL_FIELDS = ["Query.viewer"];
const MAX_KEPT_ANSWERS = 500;
/** The console's: half its 2 s poll, so twenty pages polling out of step share most answers yet none is a poll late. */
export const SHARED_ANSWER_MS = 1_000;

/** What decides what a caller may see: two callers with the same fingerprint get the same answers. */
export function permissionFingerprint(principal: Principal): string {
  const grants = principal.grants.map((grant) => `${grant.role}:${grant.selection}`).sort();
  return JSON.stringify([principal.role, grants]);
}

export interface SharedAnswersOptions {
  ttlMs: number;
  /** The caller of a request, as the request's context will read it (memoized per request). */
  principalOf: (request: Request) => Promise<Principal>;
}

export function sharedAnswers({ ttlMs, principalOf }: SharedAnswersOptions): Plugin[] {
  // Bumped by every mutation, before and after it runs: an answer read meanwhile is keyed to a past generation.
  let generation = 0;
  const ttlPerSchemaCoordinate: Record<string, number> = {};
  for (const field of POLLED_FIELDS) ttlPerSchemaCoordinate[field] = ttlMs;
  for (const field of PERSONAL_FIELDS) ttlPerSchemaCoordinate[field] = 0;
  const dropOnMutation: Plugin = {
    onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== "mutation") return;
      generation++;
      return {
        onExecuteDone() {
          generation++;
        },
      };
    },
  };
  return [
    dropOnMutation,
    responseCache({
      cache: createInMemoryCache({ max: MAX_KEPT_ANSWERS }),
      session: () => null,
      // Nothing is kept unless it selects a polled field.
      ttl: 0,
      ttlPerSchemaCoordinate,
      invalidateViaMutation: false,
      includeExtensionMetadata: false,
      buildResponseCacheKey: async ({ documentString, variableValues, operationName, request }) =>
        createHash("sha256")
          .update(
            JSON.stringify([
              generation,
              permissionFingerprint(await principalOf(request)),
              operationName ?? null,
              documentString,
              variableValues ?? null,
            ]),
          )
          .digest("base64url"),
    }) as Plugin,
  ];
}
