// The example's resources: a stand-in for the tracking pipeline's export API, and the Postgres warehouse facts land in.
import pg from "pg";
import { z } from "zod";
import { env, resource, writeTableRows } from "../../lib/sdk";
import { generateEvents, type RawEvent } from "./synthetic";

/** What raw_events needs from the tracking pipeline; tests swap in a fake with the same shape. */
export interface TrackingPipeline {
  fetchEvents(count: number): Promise<RawEvent[]>;
}

export const trackingPipeline = resource({
  config: z.object({
    seed: z.number().int(),
    users: z.number().int().min(1),
    days: z.number().int().min(1),
    duplicateRate: z.number().min(0).max(1),
  }),
  values: { seed: 42, users: 250, days: 14, duplicateRate: 0.05 },
  setup: (options): TrackingPipeline => ({
    fetchEvents: async (count) => generateEvents({ ...options, count }),
  }),
});

/** The warehouse fact_events is written to; tests swap in an in-memory fake with the same shape. */
export interface Warehouse {
  readonly url: string;
  readonly schema: string;
  query<TRow extends Record<string, unknown> = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<TRow[]>;
  /** Replaces every row of `<schema>.<table>` with `rows` in one transaction, creating the table when missing. */
  replaceTable(table: string, rows: readonly object[]): Promise<void>;
}

// The example has no warehouse of its own, so it borrows Strata's database (`strata dev` sets DATABASE_URL for
// workers) and keeps to a schema of its own, well away from the tables Strata's migrations manage.
export const warehouse = resource({
  config: z.object({ url: z.string().min(1), schema: z.string().min(1) }),
  values: { url: env("DATABASE_URL"), schema: "user_events_warehouse" },
  setup: ({ url, schema }): Warehouse & { pool: pg.Pool } => {
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    return {
      url,
      schema,
      pool,
      query: async <TRow extends Record<string, unknown>>(sql: string, params: readonly unknown[] = []) => (await pool.query<TRow>(sql, [...params])).rows,
      replaceTable: async (table, rows) => {
        await writeTableRows(pool, { schema, table, partitionKey: null, assetKey: [table] }, rows);
      },
    };
  },
  teardown: ({ pool }) => pool.end(),
});
