// The module graph of a code location and its content hash: the definitions module and every local file it imports,
// so a change to any line of the user's code (a compute body included) is seen even when the definitions are not.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { build, type Message } from "esbuild";

export interface ModuleGraph {
  /** Absolute paths of the module and the local files it imports, sorted; packages (node_modules) are left out. */
  files: string[];
  /** SHA-256 over each file's path (relative to the module's folder) and content: the same code hashes the same anywhere. */
  codeHash: string;
}

/**
 * Reads the graph the way the loader resolves it: tsx transforms and resolves with esbuild, so esbuild's bundler walks
 * the same imports (`./x.js` → `x.ts`, `./dir` → `dir/index.ts`, tsconfig paths), with every package external.
 * A module esbuild cannot parse still gets a graph: the files it reached, so a fix to the broken file is still seen.
 */
export async function readModuleGraph(modulePath: string): Promise<ModuleGraph> {
  const entry = path.resolve(modulePath);
  const folder = path.dirname(entry);
  const files = new Set<string>([entry]);
  try {
    const result = await build({
      entryPoints: [entry],
      absWorkingDir: folder,
      bundle: true,
      write: false,
      metafile: true,
      packages: "external",
      platform: "node",
      format: "esm",
      outdir: folder,
      logLevel: "silent",
    });
    for (const input of Object.keys(result.metafile.inputs)) addLocalFile(files, folder, input);
  } catch (error) {
    for (const message of (error as { errors?: Message[] }).errors ?? []) {
      if (message.location) addLocalFile(files, folder, message.location.file);
    }
  }
  return hashFiles(folder, [...files].sort());
}

/** esbuild names inputs relative to its working folder; other namespaces ("ns:…") and packages are not user files. */
function addLocalFile(files: Set<string>, folder: string, input: string): void {
  if (/^[a-z-]+:/i.test(input) && !path.isAbsolute(input)) return;
  const file = path.resolve(folder, input);
  if (file.split(path.sep).includes("node_modules")) return;
  files.add(file);
}

async function hashFiles(folder: string, files: string[]): Promise<ModuleGraph> {
  const hash = createHash("sha256");
  const present: string[] = [];
  for (const file of files) {
    const content = await readFile(file).catch(() => null);
    if (content === null) continue; // deleted since it was resolved: the importing file changed too
    present.push(file);
    hash
      .update(path.relative(folder, file).split(path.sep).join("/"))
      .update("\0")
      .update(createHash("sha256").update(content).digest("hex"))
      .update("\n");
  }
  return { files: present, codeHash: hash.digest("hex") };
}
