// The code hash moves with the user's local files and with nothing else: not packages, not a save that changes no byte.
import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readModuleGraph } from "./codeHash";

let dir: string;
const file = (name: string) => path.join(dir, name);

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "strata-code-hash-"));
  await mkdir(file("lib"));
  await mkdir(file("node_modules/left-pad"), { recursive: true });
  await writeFile(
    file("node_modules/left-pad/package.json"),
    JSON.stringify({ name: "left-pad", type: "module", main: "index.js" }),
  );
  await writeFile(file("node_modules/left-pad/index.js"), "export const pad = (s) => ` ${s}`;\n");
  await writeFile(
    file("definitions.ts"),
    'import { pad } from "left-pad";\nimport { value } from "./lib/value.js";\nimport type { Unused } from "./lib/types";\nexport default pad(String(value)) as Unused;\n',
  );
  await writeFile(file("lib/value.ts"), "export const value = 1;\n");
  await writeFile(file("lib/types.ts"), "export type Unused = string;\n");
  await writeFile(file("unrelated.ts"), "export const other = 1;\n");
});

afterEach(async () => rm(dir, { recursive: true, force: true }));

describe("readModuleGraph", () => {
  it("holds the module and the local files it imports, resolved as the loader does, and no package", async () => {
    const graph = await readModuleGraph(file("definitions.ts"));
    expect(graph.files).toEqual([file("definitions.ts"), file("lib/value.ts")]);
    expect(graph.codeHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes when an imported local file changes", async () => {
    const before = await readModuleGraph(file("definitions.ts"));
    await writeFile(file("lib/value.ts"), "export const value = 2;\n");
    expect((await readModuleGraph(file("definitions.ts"))).codeHash).not.toBe(before.codeHash);
  });

  it("stays when a package, an unimported file or only a file's modification time changes", async () => {
    const before = await readModuleGraph(file("definitions.ts"));
    await writeFile(file("node_modules/left-pad/index.js"), "export const pad = (s) => `  ${s}`;\n");
    await writeFile(file("unrelated.ts"), "export const other = 2;\n");
    await writeFile(file("lib/value.ts"), "export const value = 1;\n");
    await utimes(file("definitions.ts"), new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect((await readModuleGraph(file("definitions.ts"))).codeHash).toBe(before.codeHash);
  });

  it("is the same for the same code in another folder", async () => {
    const here = await readModuleGraph(file("definitions.ts"));
    const copy = await mkdtemp(path.join(os.tmpdir(), "strata-code-hash-copy-"));
    try {
      await mkdir(path.join(copy, "lib"));
      await writeFile(
        path.join(copy, "definitions.ts"),
        'import { value } from "./lib/value.js";\nexport default value;\n',
      );
      await writeFile(path.join(copy, "lib/value.ts"), "export const value = 1;\n");
      await writeFile(file("definitions.ts"), 'import { value } from "./lib/value.js";\nexport default value;\n');
      expect((await readModuleGraph(path.join(copy, "definitions.ts"))).codeHash).toBe(
        (await readModuleGraph(file("definitions.ts"))).codeHash,
      );
      expect(here.codeHash).not.toBe((await readModuleGraph(file("definitions.ts"))).codeHash);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });

  it("still lists the files of a module with a syntax error, so fixing it is seen", async () => {
    await writeFile(file("lib/value.ts"), "export const value = ;\n");
    const graph = await readModuleGraph(file("definitions.ts"));
    expect(graph.files).toEqual([file("definitions.ts"), file("lib/value.ts")]);
  });
});
