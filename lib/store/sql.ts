// Plain SQL through the client's own pool, for the few statements every run executes (its claim, its target, its end,
// its step-only event batches): a backfill runs them hundreds of times a second, and Prisma's query layer costs several
// times their round trip. Each is a named prepared statement, so Postgres parses and plans it once per connection.
// Values come back as Prisma gives them: int8 as bigint, timestamps (UTC wall time, as Prisma keeps DateTime) as Date.
import pg from "pg";
import type { Database, Tx } from "./database";
import { poolOf } from "./prisma";

/** A statement's text under a name unique to that text. */
export interface Statement {
  name: string;
  text: string;
}

const INT8 = 20;
const TIMESTAMP = 1114;

const parseUtcWallTime = (value: string) => new Date(`${value.replace(" ", "T")}Z`);

const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === INT8) return BigInt;
    if (oid === TIMESTAMP) return parseUtcWallTime;
    return pg.types.getTypeParser(oid, format);
  }) as pg.CustomTypesConfig["getTypeParser"],
};

/** A time as the UTC wall time a column without a zone keeps (how Prisma writes DateTime). */
export function utcWallTime(time: Date): string {
  return time.toISOString().slice(0, -1);
}

/** Runs one prepared statement on a pooled connection; returns its rows. */
export async function query<Row extends object>(
  db: Database,
  statement: Statement,
  values: readonly unknown[],
): Promise<Row[]> {
  const result = await poolOf(db).query<Row>({ ...statement, values: [...values], types });
  return result.rows;
}

/**
 * Statements of one transaction: on a pooled connection of its own (the run process's event batches), or inside a
 * Prisma interactive transaction (a caller's, as when asset events are reported or a run's end closes its steps).
 */
export interface SqlTx {
  query<Row extends object>(statement: Statement, values: readonly unknown[]): Promise<Row[]>;
}

/** A Prisma interactive transaction's statements as an SqlTx. */
export function sqlInPrisma(tx: Tx): SqlTx {
  return {
    query: <Row extends object>(statement: Statement, values: readonly unknown[]) =>
      tx.$queryRawUnsafe<Row[]>(statement.text, ...values),
  };
}

/** Statements outside any transaction on the client's pool, or inside the caller's Prisma transaction when given one. */
export function sqlOf(db: Database | Tx): SqlTx {
  if (!("$connect" in db)) return sqlInPrisma(db);
  return {
    query: <Row extends object>(statement: Statement, values: readonly unknown[]) => query<Row>(db, statement, values),
  };
}

/** Runs `fn` in a transaction on a connection of the client's pool: committed when it returns, rolled back if it throws. */
export async function inSqlTransaction<T>(db: Database, fn: (tx: SqlTx) => Promise<T>): Promise<T> {
  const client = await poolOf(db).connect();
  // A connection the server drops while checked out emits an error: heard here, it surfaces as the query's failure.
  const onError = () => {};
  client.on("error", onError);
  let broken: unknown;
  try {
    await client.query("BEGIN");
    const result = await fn({
      query: async <Row extends object>(statement: Statement, values: readonly unknown[]) =>
        (await client.query<Row>({ ...statement, values: [...values], types })).rows,
    });
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch((rollbackError: unknown) => {
      broken = rollbackError;
    });
    throw error;
  } finally {
    client.removeListener("error", onError);
    // A connection whose rollback failed is in no known state: it is closed rather than pooled.
    client.release(broken instanceof Error ? broken : undefined);
  }
}

/** Whether a handle is an SqlTx rather than a Prisma client or transaction. */
export function isSqlTx(db: object): db is SqlTx {
  return "query" in db && !("$queryRawUnsafe" in db);
}
