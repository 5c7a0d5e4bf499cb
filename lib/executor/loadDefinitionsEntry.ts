// Child-process entry that imports a code location and sends its snapshot (or its error) to the parent.
import { pathToFileURL } from "node:url";
import { isDefinitions, toDefinitionsSnapshot } from "../sdk";
import { readModuleGraph } from "./codeHash";
import type { LoadResult } from "./codeLocationLoader";

async function load(modulePath: string): Promise<LoadResult> {
  try {
    // Before the import: the hash describes the files as they were when they were loaded, not after a later save.
    const { codeHash } = await readModuleGraph(modulePath);
    const loaded = (await import(pathToFileURL(modulePath).href)) as { default?: unknown; definitions?: unknown };
    const definitions = loaded.default ?? loaded.definitions;
    if (!isDefinitions(definitions)) {
      return {
        ok: false,
        error: {
          message: `${modulePath} must export its definitions: \`export default defineDefinitions({ assets: [...] })\`.`,
          stack: null,
        },
      };
    }
    return { ok: true, snapshot: toDefinitionsSnapshot(definitions), codeHash };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { ok: false, error: { message: e.message, stack: e.stack ?? null } };
  }
}

const modulePath = process.argv[2];
const result: LoadResult = modulePath
  ? await load(modulePath)
  : { ok: false, error: { message: "No module path given to the loader.", stack: null } };
process.send?.(result, () => process.exit(0));
