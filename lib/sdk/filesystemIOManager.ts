// An IO manager storing each asset value as a JSON file, written atomically so a crash never leaves half a file.
// Files are read and written with the synchronous calls: an asynchronous one is a trip through libuv's thread pool
// that costs ten times the CPU of the call itself for a value of a few bytes (a run of a thousand steps made a few
// thousand of them), and the JSON (de)serialization around it blocks for longer than the read or write of the same
// bytes anyway. The flush to disk stays asynchronous: it waits on the device, not on the CPU.
import { createHash, randomUUID } from "node:crypto";
import {
  closeSync,
  fsync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
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
      const file = pathFor(context);
      const text = JSON.stringify(value === undefined ? null : value);
      if (holds(file, text)) return;
      await writeFileAtomically(file, text);
    },
    loadInput: async (context) => {
      const file = pathFor(context);
      let text: string;
      try {
        text = readFileSync(file, "utf8");
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

const MAX_COMPARED_BYTES = 8 * 1024 * 1024;

/**
 * Whether the file already holds exactly this text, as when an asset computes the same value again. Writing it again
 * would change nothing but cost a new file and a flush to disk; what is there is already durable, since a value only
 * reaches its name by a rename after its flush (see writeFileAtomically).
 */
function holds(file: string, text: string): boolean {
  const size = Buffer.byteLength(text);
  // A large value is written without reading the file first: comparing would hold a second copy of it in memory.
  if (size > MAX_COMPARED_BYTES) return false;
  const stats = statSync(file, { throwIfNoEntry: false });
  if (!stats?.isFile() || stats.size !== size) return false;
  try {
    return readFileSync(file, "utf8") === text;
  } catch {
    return false;
  }
}

const flushToDisk = promisify(fsync);

/** Writes beside the target and renames over it: rename is atomic within a directory, so readers see old or new, never part. */
async function writeFileAtomically(file: string, text: string): Promise<void> {
  const temporary = `${file}.${randomUUID()}.tmp`;
  try {
    const descriptor = openCreatingFolders(temporary);
    try {
      writeFileSync(descriptor, text, "utf8");
      // Flush before the rename, or a power loss could leave the new name pointing at empty data.
      await flushToDisk(descriptor);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Opens a new file for writing; its folder is made only when missing, so a write into an existing one is one call. */
function openCreatingFolders(file: string): number {
  try {
    return openSync(file, "w");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    mkdirSync(path.dirname(file), { recursive: true });
    return openSync(file, "w");
  }
}
