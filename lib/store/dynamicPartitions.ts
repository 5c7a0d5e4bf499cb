// Keys of dynamic partitions definitions: added and removed at run time, ordered by when they were added.
import { invalidPartitionKeyReason } from "../core/partitions";
import type { Tx } from "./database";
import type { PrismaClient } from "./generated/prisma/client";
import { isSqlTx, type SqlTx, type Statement } from "./sql";

export type DynamicPartitionsChange =
  | { ok: true; name: string; partitionKeys: string[] }
  | { ok: false; message: string };

function nameProblem(name: string): string | null {
  if (!name.trim()) return "A dynamic partitions definition needs a name.";
  if (name !== name.trim()) return `Dynamic partitions name "${name}" has leading or trailing spaces.`;
  return null;
}

/** Every key of each named definition (every stored definition when no names are given), in the order added. */
const READ_DYNAMIC_KEYS: Statement = {
  name: "strata_read_dynamic_keys",
  text: `
    SELECT "definitionName", "partitionKey" FROM "DynamicPartition"
    WHERE $1::text[] IS NULL OR "definitionName" = ANY($1::text[]) ORDER BY "id"`,
};

export async function loadDynamicKeys(
  db: PrismaClient | Tx | SqlTx,
  names?: Iterable<string>,
): Promise<Map<string, string[]>> {
  const wanted = names ? [...new Set(names)] : null;
  const keysByName = new Map<string, string[]>(wanted?.map((name) => [name, []]));
  if (wanted?.length === 0) return keysByName;
  const rows = isSqlTx(db)
    ? await db.query<{ definitionName: string; partitionKey: string }>(READ_DYNAMIC_KEYS, [wanted])
    : await db.dynamicPartition.findMany({
        where: wanted ? { definitionName: { in: wanted } } : {},
        orderBy: { id: "asc" },
        select: { definitionName: true, partitionKey: true },
      });
  for (const row of rows) {
    const keys = keysByName.get(row.definitionName) ?? [];
    keys.push(row.partitionKey);
    keysByName.set(row.definitionName, keys);
  }
  return keysByName;
}

/**
 * A value that changes whenever any dynamic partition key is added or removed: keys only ever get new ids, so an
 * addition raises the largest id and a removal lowers the count. Readers keep keys read at one version until it moves.
 */
export async function readDynamicPartitionsVersion(db: PrismaClient | Tx): Promise<string> {
  const { _count, _max } = await db.dynamicPartition.aggregate({ _count: { _all: true }, _max: { id: true } });
  return `${_count._all}:${_max.id ?? 0}`;
}

export async function listDynamicPartitions(db: PrismaClient | Tx, name: string): Promise<string[]> {
  return (await loadDynamicKeys(db, [name])).get(name) ?? [];
}

/** Why a change of a definition's keys cannot be made: a bad name, or no key given; null when it can. */
function changeProblem(name: string, partitionKeys: readonly string[], verb: "add" | "remove"): string | null {
  return nameProblem(name) ?? (partitionKeys.length === 0 ? `Give at least one partition key to ${verb}.` : null);
}

/**
 * Adds keys (in the order given) to a dynamic partitions definition. Keys already there are kept where they are,
 * so adding is idempotent. Nothing is added when any key is invalid.
 */
export async function addDynamicPartitions(
  db: PrismaClient,
  name: string,
  partitionKeys: readonly string[],
): Promise<DynamicPartitionsChange> {
  const problem = changeProblem(name, partitionKeys, "add");
  if (problem) return { ok: false, message: problem };
  for (const key of partitionKeys) {
    const reason = invalidPartitionKeyReason(key);
    if (reason) return { ok: false, message: `Cannot add to dynamic partitions "${name}": ${reason}` };
  }
  const unique = [...new Set(partitionKeys)];
  // Postgres numbers the rows of one multi-row INSERT in order, so ids (the key order) follow the order given;
  // skipDuplicates (ON CONFLICT DO NOTHING) makes re-adding a no-op.
  await db.dynamicPartition.createMany({
    data: unique.map((partitionKey) => ({ definitionName: name, partitionKey })),
    skipDuplicates: true,
  });
  return { ok: true, name, partitionKeys: await listDynamicPartitions(db, name) };
}

/** Removes keys from a dynamic partitions definition; a key that is not there is an error and nothing is removed. */
export async function deleteDynamicPartitions(
  db: PrismaClient,
  name: string,
  partitionKeys: readonly string[],
): Promise<DynamicPartitionsChange> {
  const problem = changeProblem(name, partitionKeys, "remove");
  if (problem) return { ok: false, message: problem };
  const unique = [...new Set(partitionKeys)];
  return db.$transaction(async (tx): Promise<DynamicPartitionsChange> => {
    const present = await tx.dynamicPartition.findMany({
      where: { definitionName: name, partitionKey: { in: unique } },
      select: { partitionKey: true },
    });
    const presentKeys = new Set(present.map((row) => row.partitionKey));
    const missing = unique.filter((key) => !presentKeys.has(key));
    if (missing.length > 0) {
      return {
        ok: false,
        message: `Dynamic partitions "${name}" has no partition ${missing.map((k) => `"${k}"`).join(", ")}; nothing was removed.`,
      };
    }
    await tx.dynamicPartition.deleteMany({ where: { definitionName: name, partitionKey: { in: unique } } });
    return { ok: true, name, partitionKeys: await listDynamicPartitions(tx, name) };
  });
}
