import { describe, expect, it } from "vitest";
import { createOutageLog, isConnectionError } from "./databaseOutage";

describe("isConnectionError", () => {
  it("knows a refused connection, a server shutting down and Prisma's unreachable server, wrapped or not", () => {
    expect(
      isConnectionError(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })),
    ).toBe(true);
    expect(
      isConnectionError(
        Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }),
      ),
    ).toBe(true);
    expect(
      isConnectionError(
        new Error("\nInvalid `db.run.findUnique()` invocation\nCan't reach database server at 127.0.0.1:5432"),
      ),
    ).toBe(true);
    expect(
      isConnectionError(
        new AggregateError(
          [new Error("Connection terminated unexpectedly")],
          "Errors occurred whilst terminating queue",
        ),
      ),
    ).toBe(true);
    expect(isConnectionError(new Error("Unique constraint failed on the fields: (`id`)"))).toBe(false);
  });
});

describe("createOutageLog", () => {
  it("logs an outage once when it begins and once when it ends, and lets other errors through", () => {
    const lines: string[] = [];
    let now = new Date("2026-01-01T00:00:00Z");
    const outage = createOutageLog(
      (line) => lines.push(line),
      () => now,
    );
    expect(outage.failed(new Error("boom"))).toBe(false);
    outage.succeeded();
    expect(outage.failed(new Error("\nInvalid call\nCan't reach database server at x"))).toBe(true);
    expect(outage.failed(new Error("connect ECONNREFUSED"))).toBe(true);
    now = new Date("2026-01-01T00:00:12Z");
    outage.succeeded();
    outage.succeeded();
    expect(lines).toEqual([
      "Postgres unreachable since 2026-01-01T00:00:00.000Z (Can't reach database server at x); retrying",
      "Postgres reachable again after 12 s",
    ]);
  });
});
