// Says plainly that Postgres cannot be reached, instead of yoga's masked "Unexpected error.": the console shows it as
// "The database is unreachable", and a script can tell an outage (retry later) from a bug by its code.
import "server-only";
import { createGraphQLError, maskError as maskUnexpectedError, type YogaMaskedErrorOpts } from "graphql-yoga";
import { isConnectionError } from "../lib/store/databaseOutage";

export const DATABASE_UNREACHABLE = "DATABASE_UNREACHABLE";
export const DATABASE_UNREACHABLE_MESSAGE =
  "The database is unreachable. Strata keeps retrying; the page updates once Postgres is back.";

export const maskedErrors: Partial<YogaMaskedErrorOpts> = {
  maskError(error, message, isDev) {
    const original =
      error instanceof Error && "originalError" in error ? (error as { originalError?: unknown }).originalError : error;
    if (isConnectionError(original))
      return createGraphQLError(DATABASE_UNREACHABLE_MESSAGE, { extensions: { code: DATABASE_UNREACHABLE } });
    return maskUnexpectedError(error, message, isDev);
  },
};
