// `strata partitions add|remove|list <name> ...`: manage the keys of a dynamic partitions definition.

import type { Database } from "../store/database";
import { addDynamicPartitions, deleteDynamicPartitions, listDynamicPartitions } from "../store/dynamicPartitions";
import { type CliCaller, LOCAL_CLI_CALLER } from "./cliCaller";

export const partitionsUsage = `usage: strata partitions add <name> <key>...      add keys to dynamic partitions <name> (keys already there are kept)
       strata partitions remove <name> <key>...   remove keys from dynamic partitions <name>
       strata partitions list <name>              print the keys of dynamic partitions <name>, one a line, in the order added`;

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Returns the process exit code: 0 on success, 1 when the change was refused, 2 for a malformed command. */
export async function partitionsFromCli(
  db: Database,
  args: readonly string[],
  log: (line: string) => void,
  caller: CliCaller = LOCAL_CLI_CALLER,
): Promise<number> {
  const [action, name, ...keys] = args;
  if (
    !action ||
    !name ||
    (action !== "list" && keys.length === 0) ||
    (action === "list" && keys.length > 0) ||
    !["add", "remove", "list"].includes(action)
  ) {
    log(partitionsUsage);
    return 2;
  }
  if (action === "list") {
    const listed = await listDynamicPartitions(db, name);
    if (listed.length === 0) log(`Dynamic partitions "${name}" has no keys.`);
    for (const key of listed) log(key);
    return 0;
  }
  caller.require("EDIT_DYNAMIC_PARTITIONS");
  if (action === "add") {
    const before = new Set(await listDynamicPartitions(db, name));
    const change = await addDynamicPartitions(db, name, keys);
    if (!change.ok) {
      log(change.message);
      return 1;
    }
    const added = new Set(keys.filter((key) => !before.has(key))).size;
    const kept = new Set(keys).size - added;
    await caller.audit(db, { action: "partitions.add", target: name, details: { partitionKeys: keys.slice(0, 100) } });
    log(
      `Added ${count(added, "partition")} to "${name}"${kept ? ` (${kept} already there)` : ""}; it has ${count(change.partitionKeys.length, "partition")}.`,
    );
    return 0;
  }
  const change = await deleteDynamicPartitions(db, name, keys);
  if (!change.ok) {
    log(change.message);
    return 1;
  }
  await caller.audit(db, { action: "partitions.delete", target: name, details: { partitionKeys: keys.slice(0, 100) } });
  log(
    `Removed ${count(new Set(keys).size, "partition")} from "${name}"; it has ${count(change.partitionKeys.length, "partition")}.`,
  );
  return 0;
}
