// Identical polled reads that arrive while the same answer is being computed wait for it instead of computing it
// again, against a real database. A lock taken on the runs table holds the first answer in flight for as long as a
// test needs: each request that computes its own answer shows up in Postgres as one more read waiting for that lock.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueApiToken } from "../lib/auth/apiTokens";
import type { Role } from "../lib/core/auth/roles";
import { consoleSettingsSchema, DEFAULT_CONSOLE_SETTINGS } from "../lib/core/consoleSettings";
import { createTestDatabase, type TestDatabase } from "../lib/store/testing/testDatabase";
import type { GraphQLResponse } from "./testing/graphqlTestServer";
import { createGraphQLServer } from "./yoga";

const RUNS = `query Runs($limit: Int) { runsOrError(limit: $limit) { ... on Runs { results { runId } } } }`;
/** Far longer than any test: a request that comes too late to wait still gets the same answer, from the kept ones. */
const KEPT_MS = 600_000;

let database: TestDatabase;
let local: ReturnType<typeof createGraphQLServer>;
let signedIn: ReturnType<typeof createGraphQLServer>;
const secrets = new Map<string, string>();

beforeAll(async () => {
  database = await createTestDatabase();
  // Without sign-in every caller is the local admin; with it, each API token's role decides what it may see.
  local = createGraphQLServer(() => database.db, DEFAULT_CONSOLE_SETTINGS, { sharedAnswerMs: KEPT_MS });
  const settings = consoleSettingsSchema.parse({ auth: { publicUrl: "http://localhost" } });
  signedIn = createGraphQLServer(() => database.db, settings, { sharedAnswerMs: KEPT_MS });
  const tokens: [string, Role][] = [
    ["admin", "ADMIN"],
    ["viewer", "VIEWER"],
  ];
  for (const [name, role] of tokens) {
    const issued = await issueApiToken(database.db, { name, role, createdBy: "test" });
    if (issued.kind !== "success") throw new Error(issued.message);
    secrets.set(name, issued.secret);
  }
});
afterAll(async () => database?.drop());

async function ask(
  server: ReturnType<typeof createGraphQLServer>,
  query: string,
  variables: Record<string, unknown>,
  caller?: string,
): Promise<GraphQLResponse<{ runsOrError?: { results: { runId: string }[] } }>> {
  const response = await server.fetch("http://localhost/api/graphql", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(caller ? { authorization: `Bearer ${secrets.get(caller)}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

/** A session holding the runs table so no read of it finishes until `release`. */
interface HeldRuns {
  pg: pg.Client;
  waiting: () => Promise<number>;
  /** Commits the lock away; idempotent, so a test's `finally` may call it again. */
  release: () => Promise<void>;
}

async function holdRuns(): Promise<HeldRuns> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query(`BEGIN`);
  await client.query(`LOCK TABLE "Run" IN ACCESS EXCLUSIVE MODE`);
  let released = false;
  return {
    pg: client,
    // Reads of the runs table waiting for this session's lock: one per request computing its own answer.
    waiting: async () => {
      const { rows } = await client.query<{ count: string }>(
        `SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = '"Run"'::regclass`,
      );
      return Number(rows[0]?.count);
    },
    release: async () => {
      if (released) return;
      released = true;
      await client.query(`COMMIT`);
      await client.end();
    },
  };
}

async function until(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** Lets every request already sent run as far as it can: until the reads waiting stay the same for a while. */
async function settle(runs: HeldRuns): Promise<void> {
  let last = -1;
  for (let same = 0; same < 20; ) {
    const now = await runs.waiting();
    same = now === last ? same + 1 : 0;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("identical polled reads in flight", () => {
  beforeAll(async () => {
    // Connections opened ahead, so a request's read reaches Postgres as soon as it is made, in the order made.
    await Promise.all(Array.from({ length: 8 }, (_, index) => ask(local, RUNS, { limit: 10 + index })));
  });

  it("compute one answer, which every caller waiting for it gets", async () => {
    const runs = await holdRuns();
    try {
      const first = ask(local, RUNS, { limit: 50 });
      await until(async () => (await runs.waiting()) > 0);
      await settle(runs);
      const perAnswer = await runs.waiting();
      const same = ask(local, RUNS, { limit: 50 });
      // Sent after it: another answer (other variables), which must be computed, so it shows when requests got here.
      const other = ask(local, RUNS, { limit: 49 });
      await until(async () => (await runs.waiting()) >= 2 * perAnswer);
      await settle(runs);
      expect(await runs.waiting()).toBe(2 * perAnswer);
      await runs.release();
      const [firstBody, sameBody, otherBody] = await Promise.all([first, same, other]);
      expect(firstBody.errors).toBeUndefined();
      expect(sameBody).toEqual(firstBody);
      expect(otherBody.errors).toBeUndefined();
    } finally {
      await runs.release();
    }
  });

  it("are never shared across permissions", async () => {
    const runs = await holdRuns();
    try {
      const asAdmin = ask(signedIn, RUNS, { limit: 48 }, "admin");
      await until(async () => (await runs.waiting()) > 0);
      await settle(runs);
      const perAnswer = await runs.waiting();
      // The viewer asks the same while the admin's answer is computed: it computes its own.
      const asViewer = ask(signedIn, RUNS, { limit: 48 }, "viewer");
      await until(async () => (await runs.waiting()) >= 2 * perAnswer);
      await runs.release();
      const [adminBody, viewerBody] = await Promise.all([asAdmin, asViewer]);
      expect(adminBody.errors).toBeUndefined();
      expect(viewerBody.errors).toBeUndefined();
    } finally {
      await runs.release();
    }
  });

  it("are not joined by a request made after a mutation", async () => {
    const runs = await holdRuns();
    try {
      const before = ask(local, RUNS, { limit: 47 });
      await until(async () => (await runs.waiting()) > 0);
      await settle(runs);
      const perAnswer = await runs.waiting();
      // Any mutation may change what a read answers; this one changes nothing (there is no such token) but still counts.
      const mutation = await ask(local, `mutation { revokeApiToken(name: "no such token") { __typename } }`, {});
      expect(mutation.errors).toBeUndefined();
      const after = ask(local, RUNS, { limit: 47 });
      await until(async () => (await runs.waiting()) >= 2 * perAnswer);
      await runs.release();
      const [beforeBody, afterBody] = await Promise.all([before, after]);
      expect(beforeBody.errors).toBeUndefined();
      expect(afterBody.errors).toBeUndefined();
    } finally {
      await runs.release();
    }
  });

  it("that fail leave later requests to compute their own answer", async () => {
    const runs = await holdRuns();
    try {
      const failing = ask(local, RUNS, { limit: 46 });
      await until(async () => (await runs.waiting()) > 0);
      await settle(runs);
      const waiting = ask(local, RUNS, { limit: 46 });
      await settle(runs);
      // The first computation loses its database connection while it waits: its answer is an error.
      await runs.pg.query(
        `SELECT pg_terminate_backend(pid) FROM pg_locks WHERE NOT granted AND relation = '"Run"'::regclass`,
      );
      const failed = await failing;
      expect(failed.errors?.length ?? 0).toBeGreaterThan(0);
      // The request that waited for it, and any after it, compute their own once the table is free.
      await until(async () => (await runs.waiting()) > 0);
      await runs.release();
      const [waitedBody, laterBody] = await Promise.all([waiting, ask(local, RUNS, { limit: 46 })]);
      expect(waitedBody.errors).toBeUndefined();
      expect(waitedBody.data?.runsOrError?.results).toBeDefined();
      expect(laterBody).toEqual(waitedBody);
    } finally {
      await runs.release();
    }
  });
});
