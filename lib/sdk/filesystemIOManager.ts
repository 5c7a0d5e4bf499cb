// An IO manager storing each asset value as a JSON file, written atomically so a crash never leaves half a file.
import { createHash, randomUUID } from "node:crypto";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { type IOManager, type IOManagerContext, OutputNotFoundError } from "./ioManager";

export interface FilesystemIOManagerOptions {
  /** Directory holding one folder per asset key segment. */
  baseDir: string;
}

const DEFAULT_PARTITION_FILE = "__default";
// File names are capped at 255 bytes; an encoded 255-character key with "|" or "/" in it would not fit.
const MAX_PARTITION_NAME = 200;

/**
 * Stores values at `<baseDir>/<asset/key/path>/<partitionKey or __default>.json`. Values go through JSON, so Dates come
 * back as strings and Maps as {}; return plain data from compute when using it.
 * @example ioManagers: { default: filesystemIOManager({ baseDir: ".strata/storage" }) }
 */
export function filesystemIOManager({ baseDir }: FilesystemIOManagerOptions): IOManager & {
  pathFor(context: Pick<IOManagerContext, "assetKey" | "partitionKey">): string;
} {
  if (typeof baseDir !== "string" || baseDir === "")
    throw new TypeError("filesystemIOManager(): baseDir must be a non-empty directory path.");
  const pathFor = ({ assetKey, partitionKey }: Pick<IOManagerContext, "assetKey" | "partitionKey">) =>
    // Partition keys are user data ("2024-01-01|US", "a/b"): encoding keeps each one a single file inside the asset folder.
    path.join(
      path.resolve(baseDir),
      ...assetKey,
      `${partitionKey === null ? DEFAULT_PARTITION_FILE : partitionFileName(partitionKey)}.json`,
    );

  return {
    pathFor,
    handleOutput: async (context, value) => {
      const text = JSON.stringify(value === undefined ? null : value);
      await writeFileAtomically(pathFor(context), text);
    },
    loadInput: async (context) => {
      const file = pathFor(context);
      let text: string;
      try {
        text = await readFile(file, "utf8");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT")
          throw new OutputNotFoundError(context.assetKey, context.partitionKey, file);
        throw error;
      }
      return JSON.parse(text) as unknown;
    },
  };
}

/** The key itself, encoded; a long key keeps a readable prefix and a hash of the whole key, so names stay unique. */
function partitionFileName(partitionKey: string): string {
  const encoded = encodeURIComponent(partitionKey);
  if (encoded.length <= MAX_PARTITION_NAME) return encoded;
  const hash = createHash("sha256").update(partitionKey).digest("hex").slice(0, 32);
  return `${encoded.slice(0, MAX_PARTITION_NAME - hash.length - 1)}~${hash}`;
}

/** Writes beside the target and renames over it: rename is atomic within a directory, so readers see old or new, never part. */
async function writeFileAtomically(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${randomUUID()}.tmp`;
  try {
    const handle = await open(temporary, "w");
    try {
      await handle.writeFile(text, "utf8");
      // Flush before the rename, or a power loss could leave the new name pointing at empty data.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
