// The example's resources: a stand-in for the tracking pipeline's export API, and the Postgres warehouse facts land in.
import pg from "pg";
import { z } from "zod";
import { env, resource, secret, writeTableRows } from "../../lib/sdk";
import { generateEvents, type RawEvent } from "./synthetic";

/** What raw_events needs from the tracking pipeline; tests swap in a fake with the same shape. */
export interface TrackingPipeline {
  /** The events of one UTC day ("YYYY-MM-DD"), duplicates included. */
  fetchEvents(day: string, count: number): Promise<RawEvent[]>;
}

export const trackingPipeline = resource({
  config: z.object({
    seed: z.number().int(),
    users: z.number().int().min(1),
    duplicateRate: z.number().min(0).max(1),
  }),
  values: { seed: 42, users: 250, duplicateRate: 0.05 },
  setup: ({ seed, ...options }): TrackingPipeline => ({
    // A seed per day: re-fetching a day gives the same events, and event ids never collide across days.
    fetchEvents: async (day, count) =>
      generateEvents({
        ...options,
        seed: seed * 100_000 + Date.parse(`${day}T00:00:00Z`) / 86_400_000,
        count,
        startDay: day,
        days: 1,
      }),
  }),
});

/** The warehouse fact_events is written to; tests swap in an in-memory fake with the same shape. */
export interface Warehouse {
  readonly url: string;
  readonly schema: string;
  query<TRow extends Record<string, unknown> = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<TRow[]>;
  /**
   * Replaces the rows of `<schema>.<table>` in one transaction, creating the table when missing: every row, or with a
   * partition key only that partition's rows (kept in the `_partition` column).
   */
  replaceTable(table: string, rows: readonly object[], partitionKey?: string | null): Promise<void>;
}

// The example has no warehouse of its own, so it borrows Strata's database (`strata dev` sets DATABASE_URL for
// workers) and keeps to a schema of its own, well away from the tables Strata's migrations manage. The URL holds a
// password, so it is secret, and only the schema may be changed at launch: no run can be pointed at another database.
export const warehouse = resource({
  config: z.object({ url: secret(z.string().min(1)), schema: z.string().min(1) }),
  values: { url: env("DATABASE_URL"), schema: "user_events_warehouse" },
  allowConfigOverrides: ["schema"],
  setup: ({ url, schema }): Warehouse & { pool: pg.Pool } => {
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    return {
      url,
      schema,
      pool,
      query: async <TRow extends Record<string, unknown>>(sql: string, params: readonly unknown[] = []) =>
        (await pool.query<TRow>(sql, [...params])).rows,
      replaceTable: async (table, rows, partitionKey = null) => {
        await writeTableRows(pool, { schema, table, partitionKey, assetKey: [table] }, rows);
      },
    };
  },
  teardown: ({ pool }) => pool.end(),
});
