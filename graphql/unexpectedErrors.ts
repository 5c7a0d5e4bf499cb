// Keeps an unexpected exception (a failing database, a bug in a resolver or in the context) from turning the whole
// response into an HTTP 500: the client gets a GraphQL response with the (masked) error, as for any other failure,
// and proxies and monitors do not mistake one bad operation for a server that is down.
import "server-only";
import type { Plugin } from "graphql-yoga";

type ResultLike = {
  errors?: readonly { extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
};

function isSingleResult(result: unknown): result is ResultLike {
  return typeof result === "object" && result !== null && !Array.isArray(result) && !(Symbol.asyncIterator in result);
}

export function unexpectedErrorsAsGraphQLErrors(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (!isSingleResult(result) || !result.errors?.length || result.extensions?.http) return;
      // Errors that chose a status (400 for a bad query, 403, 413…) keep it: the highest status wins, and 200 is lowest.
      setResult({ ...result, extensions: { ...result.extensions, http: { status: 200 } } } as typeof result);
    },
  };
}
