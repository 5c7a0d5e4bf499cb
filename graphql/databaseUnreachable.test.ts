import { expect, it } from "vitest";
import { DEFAULT_CONSOLE_SETTINGS } from "../lib/core/consoleSettings";
import { freePort } from "../lib/store/embeddedPostgres";
import { createPrismaClient } from "../lib/store/prisma";
import { createGraphQLServer } from "./yoga";

it("answers promptly with DATABASE_UNREACHABLE when Postgres cannot be reached", async () => {
  // Nothing listens on a port just found free: every connection is refused.
  const db = createPrismaClient(`postgresql://postgres:postgres@127.0.0.1:${await freePort()}/strata`);
  const yoga = createGraphQLServer(() => db, DEFAULT_CONSOLE_SETTINGS);
  const startedAt = Date.now();
  const response = await yoga.fetch("http://localhost/api/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ instanceProcesses { id } }" }),
  });
  const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  expect(Date.now() - startedAt).toBeLessThan(10_000);
  expect(response.status).toBe(200);
  expect(body.errors?.[0]).toMatchObject({
    message: expect.stringContaining("The database is unreachable"),
    extensions: { code: "DATABASE_UNREACHABLE" },
  });
  await db.$disconnect();
});
