// The graphql-yoga server shared by the Next route handler and the integration tests.
// Named for what it does here; the package names it like a React hook, which it is not.
import "server-only";
import { useGraphQlJit as compiledExecution } from "@envelop/graphql-jit";
import { useCSRFPrevention as csrfPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import type { DocumentNode } from "graphql";
import { createYoga } from "graphql-yoga";
import { type ConsoleSettings, consoleSettingsFromEnv } from "../lib/core/consoleSettings";
import type { Database } from "../lib/store/database";
import { requireSignIn } from "./authentication";
import { BoundedCache } from "./boundedCache";
import { createContext, requestPrincipal } from "./context";
import { maskedErrors } from "./databaseUnreachable";
import { queryLimitPlugins } from "./queryLimits";
import { CSRF_HEADER, MAX_REQUEST_BODY_BYTES, requestGuard } from "./requestGuard";
import { schema } from "./schema";
import { sharedAnswers } from "./sharedAnswers";
import { unexpectedErrorsAsGraphQLErrors } from "./unexpectedErrors";

/**
 * Parsed documents kept by their text. Yoga's default keeps 1,024 for an hour whatever their size, and each one also
 * keeps its validation result and its compiled code (both held weakly by the document): a few dozen huge distinct
 * queries filled the heap. The console sends about 45 distinct operations.
 */
const CACHED_DOCUMENTS = 200;
const CACHED_DOCUMENT_CHARS = 4 * 1024 * 1024;

export interface GraphQLServerOptions {
  /**
   * How long an answer to a polled read is shared among callers with the same permissions (see sharedAnswers); 0 (the
   * default) shares nothing, so a caller reads what was just written. The console's route shares for a second.
   */
  sharedAnswerMs?: number;
}

export function createGraphQLServer(
  getDb: () => Database,
  settings: ConsoleSettings = consoleSettingsFromEnv(),
  options: GraphQLServerOptions = {},
) {
  const shared = options.sharedAnswerMs
    ? sharedAnswers({
        ttlMs: options.sharedAnswerMs,
        principalOf: (request) => requestPrincipal(getDb(), request, settings),
      })
    : [];
  return createYoga({
    schema,
    graphqlEndpoint: "/api/graphql",
    // The explorer is bundled (no CDN), so it works offline; `strata dev` turns it on.
    graphiql: process.env.NODE_ENV !== "production" || process.env.STRATA_GRAPHIQL === "1",
    renderGraphiQL,
    fetchAPI: { Response },
    context: ({ request }) => createContext(getDb(), request, settings),
    // requestGuard answers CORS itself, for the console's own origin only; yoga's default grants any origin.
    cors: false,
    // A lost database connection is named as such; any other exception stays masked.
    maskedErrors,
    // File uploads are not part of the API, and a multipart body is one a cross-site form can send.
    multipart: false,
    // Yoga reads a body without Content-Length through a counter that stops at this size, and refuses it with 413.
    maxRequestBodySize: MAX_REQUEST_BODY_BYTES,
    parserAndValidationCache: {
      documentCache: new BoundedCache<DocumentNode>(CACHED_DOCUMENTS, CACHED_DOCUMENT_CHARS),
      errorCache: new BoundedCache<unknown>(CACHED_DOCUMENTS, CACHED_DOCUMENT_CHARS),
    },
    plugins: [
      requestGuard(settings),
      // A GET must carry the CSRF header; POST bodies are JSON only (requestGuard), which browsers preflight.
      csrfPrevention({ requestHeaders: [CSRF_HEADER] }),
      ...queryLimitPlugins(),
      unexpectedErrorsAsGraphQLErrors(),
      // With sign-in on, nothing resolves for an anonymous caller; role checks happen in each mutation.
      requireSignIn(),
      // Each operation compiled once to plain JavaScript: the catalog's 10,000 asset nodes resolve well over 200,000
      // fields per poll, and the interpreting executor spends more time walking the query than the resolvers run.
      // Its cache is a WeakMap on the parsed document, so it is bounded by the document cache above.
      compiledExecution(),
      // Last: a kept answer is served before parsing, and a miss wraps the whole of what the plugins above do with it.
      ...shared,
    ],
  });
}
