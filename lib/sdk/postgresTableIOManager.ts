// An IO manager storing each asset's rows as a real Postgres table, replaced atomically per partition on every write.
import pg from "pg";
import { type IOManager, type IOManagerContext, OutputNotFoundError } from "./ioManager";

export interface PostgresTableIOManagerOptions {
  /** A postgres:// URL; the IO manager opens a small connection pool on first use. */
  connectionString: string;
  /** The schema holding one table per asset; created when missing. */
  schema: string;
}

/** Where a set of rows lives: `<schema>.<table>`, optionally one partition of it. */
export interface TableTarget {
  schema: string;
  table: string;
  /** Rows of a partitioned asset carry it in the `_partition` column; null replaces the whole table. */
  partitionKey: string | null;
  /** Named in errors, so a failed write says which asset produced the bad value. */
  assetKey: readonly string[];
}

/** The column holding a partitioned asset's partition key. */
export const PARTITION_COLUMN = "_partition";

type Row = Record<string, unknown>;
type ColumnType = "bigint" | "double precision" | "boolean" | "text" | "jsonb";

// Postgres caps a statement at 65,535 bind parameters; batches shrink for wide rows to stay under it.
const MAX_PARAMETERS = 65_535;
const MAX_ROWS_PER_INSERT = 1_000;
const PG_INT8_OID = 20;
const UNDEFINED_TABLE = "42P01";

/**
 * Stores arrays of plain row objects in `<schema>.<last asset key segment>`, one column per key (types inferred:
 * integers bigint, other numbers double precision, booleans, strings and Dates as text, objects and mixed columns
 * jsonb). Each write replaces the asset's rows (or the partition's rows) in one transaction, so readers see the old
 * rows or the new ones, never a mix. Rows come back in no particular order, and Dates come back as ISO strings.
 * @example ioManagers: { warehouse: postgresTableIOManager({ connectionString: process.env.WAREHOUSE_URL!, schema: "analytics" }) }
 */
export function postgresTableIOManager({
  connectionString,
  schema,
}: PostgresTableIOManagerOptions): IOManager & { close(): Promise<void> } {
  if (typeof connectionString !== "string" || connectionString === "")
    throw new TypeError("postgresTableIOManager(): connectionString must be a postgres:// URL.");
  if (typeof schema !== "string" || schema === "")
    throw new TypeError("postgresTableIOManager(): schema must be a non-empty schema name.");
  let pool: pg.Pool | null = null;
  // Opened lazily so defining the IO manager in a code location never connects; idle connections let workers exit.
  const getPool = () => (pool ??= new pg.Pool({ connectionString, max: 4, allowExitOnIdle: true }));
  const targetFor = ({ assetKey, partitionKey }: IOManagerContext): TableTarget => ({
    schema,
    table: assetKey.at(-1) ?? "",
    partitionKey,
    assetKey,
  });

  return {
    handleOutput: async (context, value) => {
      await writeTableRows(getPool(), targetFor(context), value);
    },
    loadInput: (context) => readTableRows(getPool(), targetFor(context)),
    close: async () => {
      const open = pool;
      pool = null;
      await open?.end();
    },
  };
}

/** Double-quotes a Postgres identifier, so any table or column name is taken literally and cannot inject SQL. */
export function quoteIdentifier(name: string): string {
  if (name === "" || name.includes("\0")) throw new Error(`Invalid Postgres identifier ${JSON.stringify(name)}.`);
  // Postgres silently truncates longer names, which would make two long column names collide.
  if (Buffer.byteLength(name, "utf8") > 63)
    throw new Error(`Postgres identifier ${JSON.stringify(name)} is longer than 63 bytes.`);
  return `"${name.replace(/"/g, '""')}"`;
}

/** Replaces the target's rows with `value` (an array of plain objects) in one transaction; returns the rows written. */
export async function writeTableRows(pool: pg.Pool, target: TableTarget, value: unknown): Promise<number> {
  const rows = assertRows(target, value);
  const columns = inferColumns(rows);
  if (target.partitionKey !== null && columns.has(PARTITION_COLUMN)) {
    throw new Error(
      `Asset "${label(target)}" returned rows with a "${PARTITION_COLUMN}" column, which the Postgres table IO manager reserves for partition keys.`,
    );
  }
  if (target.partitionKey !== null) columns.set(PARTITION_COLUMN, "text");
  const table = qualifiedName(target);
  await ensureTable(pool, target, columns);
  await inTransaction(pool, async (client) => {
    if (target.partitionKey === null) await client.query(`TRUNCATE ${table}`);
    else
      await client.query(`DELETE FROM ${table} WHERE ${quoteIdentifier(PARTITION_COLUMN)} = $1`, [target.partitionKey]);
    await insertRows(client, table, columns, rows, target.partitionKey);
  });
  return rows.length;
}

/** Reads the target's rows back; throws OutputNotFoundError when the table was never written. */
export async function readTableRows(pool: pg.Pool, target: TableTarget): Promise<Row[]> {
  const table = qualifiedName(target);
  // pg returns bigint as a string to avoid precision loss; the columns this module creates only hold safe integers.
  const types = {
    getTypeParser: (oid: number, format?: string) =>
      oid === PG_INT8_OID ? parseBigint : pg.types.getTypeParser(oid, format as "text"),
  };
  const partitioned = target.partitionKey !== null;
  try {
    const result = await pool.query<Row>({
      text: `SELECT * FROM ${table}${partitioned ? ` WHERE ${quoteIdentifier(PARTITION_COLUMN)} = $1` : ""}`,
      values: partitioned ? [target.partitionKey] : [],
      types,
    });
    if (!partitioned) return result.rows;
    return result.rows.map(({ [PARTITION_COLUMN]: _partition, ...row }) => row);
  } catch (error) {
    if ((error as { code?: string }).code === UNDEFINED_TABLE)
      throw new OutputNotFoundError(
        [...target.assetKey],
        target.partitionKey,
        `table ${target.schema}.${target.table}`,
      );
    throw error;
  }
}

function assertRows(target: TableTarget, value: unknown): Row[] {
  const isPlainObject = (item: unknown) =>
    typeof item === "object" &&
    item !== null &&
    !Array.isArray(item) &&
    [Object.prototype, null].includes(Object.getPrototypeOf(item));
  if (Array.isArray(value) && value.every(isPlainObject)) return value as Row[];
  const got = Array.isArray(value) ? "an array holding non-object items" : value === null ? "null" : typeof value;
  throw new TypeError(
    `Asset "${label(target)}" must return an array of plain row objects to be stored in Postgres table ${target.schema}.${target.table}; got ${got}.`,
  );
}

/** Column name → type, in first-seen key order; every row is scanned so a later 1.5 or object widens the column. */
function inferColumns(rows: readonly Row[]): Map<string, ColumnType> {
  const columns = new Map<string, ColumnType | null>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      const current = columns.get(name) ?? null;
      const found = value === null || value === undefined ? null : typeOf(value);
      columns.set(name, current === null ? found : found === null ? current : widen(current, found));
    }
  }
  // A column that only ever held null gets text: any later value can still be read back as a string.
  return new Map([...columns].map(([name, type]) => [name, type ?? "text"]));
}

function typeOf(value: unknown): ColumnType {
  if (typeof value === "bigint") return "bigint";
  if (typeof value === "number") return Number.isSafeInteger(value) ? "bigint" : "double precision";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "string" || value instanceof Date) return "text";
  return "jsonb";
}

function widen(a: ColumnType, b: ColumnType): ColumnType {
  if (a === b) return a;
  const numeric = new Set<ColumnType>(["bigint", "double precision"]);
  if (numeric.has(a) && numeric.has(b)) return "double precision";
  // jsonb keeps each value's own JSON type, so a column mixing strings and numbers still round-trips.
  return "jsonb";
}

function toParameter(value: unknown, type: ColumnType): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return type === "jsonb" ? JSON.stringify(value) : value.toISOString();
  if (typeof value === "bigint") return value.toString();
  // Without stringifying, pg would send JS arrays as Postgres arrays rather than JSON.
  if (type === "jsonb") return JSON.stringify(value);
  return value;
}

/** Creates the schema, the table and any new columns, in a short transaction of their own before the data write. */
async function ensureTable(
  pool: pg.Pool,
  target: TableTarget,
  columns: ReadonlyMap<string, ColumnType>,
): Promise<void> {
  await inTransaction(pool, async (client) => {
    // Concurrent CREATE ... IF NOT EXISTS can still collide on the catalog; a per-schema lock makes them take turns.
    await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [
      `strata.postgresTableIOManager:${target.schema}`,
    ]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(target.schema)}`);
    const definitions = [...columns].map(([name, type]) => `${quoteIdentifier(name)} ${type}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${qualifiedName(target)} (${definitions.join(", ")})`);
    const existing = await client.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2",
      [target.schema, target.table],
    );
    const present = new Set(existing.rows.map((row) => row.column_name));
    // Only missing columns are added: ALTER TABLE takes an exclusive lock even when it has nothing to do.
    for (const [name, type] of columns) {
      if (!present.has(name))
        await client.query(
          `ALTER TABLE ${qualifiedName(target)} ADD COLUMN IF NOT EXISTS ${quoteIdentifier(name)} ${type}`,
        );
    }
  });
}

async function insertRows(
  client: pg.PoolClient,
  table: string,
  columns: ReadonlyMap<string, ColumnType>,
  rows: readonly Row[],
  partitionKey: string | null,
): Promise<void> {
  const names = [...columns.keys()];
  if (rows.length === 0 || names.length === 0) return;
  const batchSize = Math.max(1, Math.min(MAX_ROWS_PER_INSERT, Math.floor(MAX_PARAMETERS / names.length)));
  const columnList = names.map(quoteIdentifier).join(", ");
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const values: unknown[] = [];
    const tuples = batch.map((row) => {
      const placeholders = names.map((name) => {
        values.push(
          name === PARTITION_COLUMN && partitionKey !== null
            ? partitionKey
            : toParameter(row[name], columns.get(name) ?? "text"),
        );
        return `$${values.length}`;
      });
      return `(${placeholders.join(", ")})`;
    });
    await client.query(`INSERT INTO ${table} (${columnList}) VALUES ${tuples.join(", ")}`, values);
  }
}

async function inTransaction(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  const client = await pool.connect();
  // A connection whose ROLLBACK failed is broken; releasing it with an error makes the pool discard it.
  let broken: Error | undefined;
  try {
    await client.query("BEGIN");
    await work(client);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch((rollbackError: unknown) => {
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    });
    throw error;
  } finally {
    client.release(broken);
  }
}

function qualifiedName({ schema, table }: Pick<TableTarget, "schema" | "table">): string {
  return `${quoteIdentifier(schema)}.${quoteIdentifier(table)}`;
}

function label(target: TableTarget): string {
  return target.assetKey.join("/");
}

function parseBigint(text: string): number | string {
  const parsed = Number(text);
  return Number.isSafeInteger(parsed) ? parsed : text;
}
