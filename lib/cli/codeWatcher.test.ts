// A save to any file of a code location's module graph reloads the location once, with a short debounce.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { reloadCodeLocation } from "../executor/reloadCodeLocation";
import { upsertCodeLocation } from "../store/codeLocations";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { type CodeWatcher, watchCodeLocations } from "./codeWatcher";

let database: TestDatabase;
let dir: string;
let watcher: CodeWatcher | undefined;
const lines: string[] = [];
const sdk = path.resolve("lib/sdk/index.ts");

const definitions = `import { asset, defineDefinitions } from ${JSON.stringify(sdk)};
import { answer } from "./answer";
export default defineDefinitions({ assets: [asset({ key: "answer", compute: () => answer })] });
`;

beforeAll(async () => {
  database = await createTestDatabase();
  dir = await mkdtemp(path.join(os.tmpdir(), "strata-code-watcher-"));
  await writeFile(path.join(dir, "definitions.ts"), definitions);
  await writeFile(path.join(dir, "answer.ts"), "export const answer = 1;\n");
  await upsertCodeLocation(database.db, "watched", path.join(dir, "definitions.ts"));
  await reloadCodeLocation(database.db, "watched");
  watcher = await watchCodeLocations({
    db: database.db,
    locations: [{ name: "watched", modulePath: path.join(dir, "definitions.ts") }],
    log: (line) => lines.push(line),
    debounceMs: 50,
  });
});

afterAll(async () => {
  watcher?.stop();
  await database?.drop();
  await rm(dir, { recursive: true, force: true });
});

describe("watchCodeLocations", () => {
  it("reloads the location after a save to a file it imports, and says only code changed", async () => {
    const before = await database.db.codeLocation.findUniqueOrThrow({ where: { name: "watched" } });
    await writeFile(path.join(dir, "answer.ts"), "export const answer = 2;\n");
    await vi.waitFor(
      () => expect(lines).toContain('Reloaded code location "watched" after a save: only code changed.'),
      { timeout: 30_000, interval: 100 },
    );
    const after = await database.db.codeLocation.findUniqueOrThrow({ where: { name: "watched" } });
    expect(after.codeHash).not.toBe(before.codeHash);
    expect(after.currentSnapshotId).toBe(before.currentSnapshotId);
  });

  it("does not reload for a file the location does not import", async () => {
    const count = lines.length;
    await writeFile(path.join(dir, "notes.ts"), "export const unrelated = true;\n");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(lines.length).toBe(count);
  });
});
