// The API for a test file: a fresh database, the GraphQL server over it, and optionally the example code location
// loaded in a real child process. Call it at the top of the file; it registers its own setup and teardown.
import path from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import { type ConsoleSettings, DEFAULT_CONSOLE_SETTINGS } from "../../lib/core/consoleSettings";
import { reloadCodeLocation } from "../../lib/executor/reloadCodeLocation";
import { upsertCodeLocation } from "../../lib/store/codeLocations";
import { createTestDatabase, type TestDatabase } from "../../lib/store/testing/testDatabase";
import { createGraphQLServer } from "../yoga";

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface GraphQLTestServer {
  readonly database: TestDatabase;
  /** The whole response, errors included; `headers` add to (or replace) the JSON content type, e.g. an Authorization header. */
  request<T>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** The HTTP status and the response, for tests of what the edge answers. */
  requestWithStatus<T>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: GraphQLResponse<T> }>;
  /** The data; throws with the messages of any top-level errors. */
  query<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

export function graphqlTestServer(
  options: { example?: boolean; settings?: ConsoleSettings; sharedAnswerMs?: number } = {},
): GraphQLTestServer {
  let database: TestDatabase | undefined;
  let yoga: ReturnType<typeof createGraphQLServer> | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    yoga = createGraphQLServer(() => (database as TestDatabase).db, options.settings ?? DEFAULT_CONSOLE_SETTINGS, {
      sharedAnswerMs: options.sharedAnswerMs,
    });
    if (options.example) {
      await upsertCodeLocation(database.db, "user-events", path.resolve("examples/user-events/definitions.ts"));
      expect((await reloadCodeLocation(database.db, "user-events"))?.loadError).toBeNull();
    }
  });
  afterAll(async () => database?.drop());

  const requestWithStatus = async <T>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ) => {
    if (!yoga) throw new Error("The GraphQL test server is used before its setup ran.");
    const response = await yoga.fetch("http://localhost/api/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse<T> };
  };
  const request = async <T>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) =>
    (await requestWithStatus<T>(query, variables, headers)).body;
  return {
    get database() {
      if (!database) throw new Error("The test database is used before its setup ran.");
      return database;
    },
    request,
    requestWithStatus,
    async query<T>(query: string, variables?: Record<string, unknown>) {
      const body = await request<T>(query, variables);
      if (body.errors) throw new Error(body.errors.map((e) => e.message).join("; "));
      return body.data as T;
    },
  };
}
