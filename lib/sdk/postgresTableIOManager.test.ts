// The Postgres table IO manager against a real database: round trips, atomic replacement, partitions and bad values.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { type IOManagerContext, OutputNotFoundError } from "./ioManager";
import { postgresTableIOManager, quoteIdentifier } from "./postgresTableIOManager";

const SCHEMA = "io_test";

describe("postgresTableIOManager", () => {
  let database: TestDatabase;
  let client: pg.Client;
  let manager: ReturnType<typeof postgresTableIOManager>;

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    manager = postgresTableIOManager({ connectionString: database.url, schema: SCHEMA });
  });

  afterAll(async () => {
    await manager?.close();
    await client?.end();
    await database?.drop();
  });

  const context = (key: string, partitionKey: string | null = null): IOManagerContext => ({
    assetKey: ["group", key],
    partitionKey,
    runId: "run-1",
  });
  const count = async (table: string, where = "") => {
    const result = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${quoteIdentifier(SCHEMA)}.${quoteIdentifier(table)} ${where}`,
    );
    return result.rows[0]?.n;
  };
  const byId = (rows: unknown) => [...(rows as { id: number }[])].sort((a, b) => a.id - b.id);

  it("writes a table named after the last key segment and reads the same rows back", async () => {
    const rows = [
      {
        id: 1,
        name: "Ada",
        score: 1.5,
        active: true,
        tags: ["a", "b"],
        createdAt: "2024-01-01T00:00:00.000Z",
        note: null,
      },
      {
        id: 2,
        name: 'O"Brien; DROP TABLE x',
        score: 2,
        active: false,
        tags: [],
        createdAt: "2024-01-02T00:00:00.000Z",
        note: "hi",
      },
    ];
    await manager.handleOutput(context("people"), rows);
    expect(byId(await manager.loadInput(context("people")))).toEqual(rows);
    const columns = await client.query<{ column_name: string; data_type: string }>(
      "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'people' ORDER BY ordinal_position",
      [SCHEMA],
    );
    expect(Object.fromEntries(columns.rows.map((c) => [c.column_name, c.data_type]))).toEqual({
      id: "bigint",
      name: "text",
      score: "double precision",
      active: "boolean",
      tags: "jsonb",
      createdAt: "text",
      note: "text",
    });
  });

  it("replaces the rows on every write, in batches larger than one INSERT", async () => {
    const many = Array.from({ length: 2_500 }, (_, id) => ({ id, value: `v${id}` }));
    await manager.handleOutput(context("events"), many);
    expect(await count("events")).toBe(2_500);
    await manager.handleOutput(context("events"), many.slice(0, 3));
    expect(await count("events")).toBe(3);
    expect(byId(await manager.loadInput(context("events")))).toEqual(many.slice(0, 3));
    await manager.handleOutput(context("events"), []);
    expect(await manager.loadInput(context("events"))).toEqual([]);
  });

  it("replaces only the written partition, leaving the others", async () => {
    await manager.handleOutput(context("daily", "2024-01-01"), [{ id: 1 }, { id: 2 }]);
    await manager.handleOutput(context("daily", "2024-01-02"), [{ id: 3 }]);
    await manager.handleOutput(context("daily", "2024-01-01"), [{ id: 4 }]);
    expect(await count("daily")).toBe(2);
    expect(await count("daily", `WHERE "_partition" = '2024-01-02'`)).toBe(1);
    expect(await manager.loadInput(context("daily", "2024-01-01"))).toEqual([{ id: 4 }]);
    expect(await manager.loadInput(context("daily", "2024-01-02"))).toEqual([{ id: 3 }]);
  });

  it("keeps the old rows when a write fails halfway", async () => {
    await manager.handleOutput(context("scores"), [{ id: 1, score: 10 }]);
    // Rows from the first batch break a CHECK constraint, so an INSERT fails after the TRUNCATE ran.
    const bad = [...Array.from({ length: 1_000 }, (_, id) => ({ id, score: id })), { id: 1_000, score: 1 }];
    await client.query(`ALTER TABLE ${quoteIdentifier(SCHEMA)}.scores ADD CONSTRAINT small CHECK (score < 500)`);
    await expect(manager.handleOutput(context("scores"), bad)).rejects.toThrow(/small/);
    expect(await manager.loadInput(context("scores"))).toEqual([{ id: 1, score: 10 }]);
  });

  it("throws naming the asset when the value is not an array of objects", async () => {
    await expect(manager.handleOutput(context("broken"), { id: 1 })).rejects.toThrow(
      /Asset "group\/broken" must return an array of plain row objects.*got object/,
    );
    await expect(manager.handleOutput(context("broken"), [1, 2])).rejects.toThrow(
      /Asset "group\/broken".*non-object items/,
    );
    await expect(manager.handleOutput(context("broken", "p"), [{ _partition: "x" }])).rejects.toThrow(
      /Asset "group\/broken".*_partition/,
    );
  });

  it("reports a table that was never written as a missing output", async () => {
    await expect(manager.loadInput(context("never"))).rejects.toThrow(OutputNotFoundError);
  });
});
