// The console's one door to the GraphQL API: a typed POST to /api/graphql that throws on GraphQL errors. Documents are
// the generated `graphql()` strings, so the result and the variables are typed by the document itself.
import type { TypedDocumentString } from "./generated/graphql";

export interface GraphQLErrorPayload {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

/** Raised for transport failures and for responses carrying top-level `errors`. */
export class GraphQLRequestError extends Error {
  readonly errors: GraphQLErrorPayload[];
  readonly status: number | null;

  constructor(message: string, errors: GraphQLErrorPayload[], status: number | null) {
    super(message);
    this.name = "GraphQLRequestError";
    this.errors = errors;
    this.status = status;
  }

  /** The `extensions.code` of the first error, e.g. "INVALID_SELECTION". */
  get code(): string | null {
    const code = this.errors[0]?.extensions?.code;
    return typeof code === "string" ? code : null;
  }
}

interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: GraphQLErrorPayload[];
}

export const GRAPHQL_ENDPOINT = "/api/graphql";

/**
 * Signed out (or the session expired): go to the sign-in page, which brings the user back here. The returned promise
 * never settles, so the page keeps its loading state while the browser leaves instead of flashing an error.
 */
function goToSignIn(error: GraphQLRequestError): Promise<never> {
  if (typeof window === "undefined" || window.location.pathname === "/sign-in") throw error;
  const next = `${window.location.pathname}${window.location.search}`;
  // A full load on purpose: nothing cached for the signed-in user may outlive the session.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.assign(`/sign-in?${new URLSearchParams({ next })}`);
  return new Promise<never>(() => {});
}

export async function fetchGraphQL<TData, TVars>(
  document: TypedDocumentString<TData, TVars>,
  variables: TVars,
  init?: { signal?: AbortSignal },
): Promise<TData> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal: init?.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new GraphQLRequestError("Could not reach the Strata server. Is `strata dev` running?", [], null);
  }

  let body: GraphQLResponse<TData>;
  try {
    body = (await response.json()) as GraphQLResponse<TData>;
  } catch {
    if (response.status === 401)
      return goToSignIn(new GraphQLRequestError("Sign in to use the Strata console.", [], 401));
    throw new GraphQLRequestError(
      `The server answered ${response.status} ${response.statusText} without a GraphQL response.`,
      [],
      response.status,
    );
  }

  if (body.errors && body.errors.length > 0) {
    const error = new GraphQLRequestError(body.errors.map((e) => e.message).join("\n"), body.errors, response.status);
    if (response.status === 401 || error.code === "UNAUTHENTICATED") return goToSignIn(error);
    throw error;
  }
  if (body.data == null) {
    throw new GraphQLRequestError(`The server answered ${response.status} without data.`, [], response.status);
  }
  return body.data;
}

/** Whether the server answered that it cannot reach Postgres (graphql/databaseUnreachable.ts): an outage, not a bug. */
export function isDatabaseUnreachable(error: unknown): boolean {
  return error instanceof GraphQLRequestError && error.code === "DATABASE_UNREACHABLE";
}

/** A readable message for anything a query or mutation may throw. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
