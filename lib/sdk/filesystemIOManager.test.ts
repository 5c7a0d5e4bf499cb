import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { filesystemIOManager } from "./filesystemIOManager";
import { OutputNotFoundError } from "./ioManager";

let baseDir: string;
beforeEach(async () => {
  baseDir = await mkdtemp(path.join(os.tmpdir(), "strata-fs-io-"));
});
afterEach(async () => {
  await rm(baseDir, { recursive: true, force: true });
});

const context = (assetKey: string[], partitionKey: string | null = null) => ({
  assetKey,
  partitionKey,
  runId: "run-1",
});

describe("filesystemIOManager", () => {
  it("round-trips JSON values at <baseDir>/<asset/key>/<partition or __default>.json", async () => {
    const io = filesystemIOManager({ baseDir });
    const rows = [{ day: "2024-01-01", activeUsers: 3 }];
    await io.handleOutput(context(["analytics", "daily_active_users"]), rows);
    await io.handleOutput(context(["analytics", "daily_active_users"], "2024-01-02"), [
      { day: "2024-01-02", activeUsers: 5 },
    ]);

    expect(await io.loadInput(context(["analytics", "daily_active_users"]))).toEqual(rows);
    expect(await io.loadInput(context(["analytics", "daily_active_users"], "2024-01-02"))).toEqual([
      { day: "2024-01-02", activeUsers: 5 },
    ]);
    const folder = path.join(baseDir, "analytics", "daily_active_users");
    expect((await readdir(folder)).sort()).toEqual(["2024-01-02.json", "__default.json"]);
    expect(JSON.parse(await readFile(path.join(folder, "__default.json"), "utf8"))).toEqual(rows);
  });

  it("makes an asset's folder again when it was removed between writes", async () => {
    const io = filesystemIOManager({ baseDir });
    await io.handleOutput(context(["raw", "events"], "2024-01-01"), 1);
    await rm(path.join(baseDir, "raw"), { recursive: true });
    await io.handleOutput(context(["raw", "events"], "2024-01-02"), 2);
    expect(await io.loadInput(context(["raw", "events"], "2024-01-02"))).toBe(2);
    expect(await readdir(path.join(baseDir, "raw", "events"))).toEqual(["2024-01-02.json"]);
  });

  it("keeps partition keys with slashes inside the asset's folder", async () => {
    const io = filesystemIOManager({ baseDir });
    await io.handleOutput(context(["events"], "../../escape"), 1);
    expect(await readdir(path.join(baseDir, "events"))).toEqual([`${encodeURIComponent("../../escape")}.json`]);
    expect(await io.loadInput(context(["events"], "../../escape"))).toBe(1);
  });

  it("stores each partition of long keys in a file of its own with a name that fits the filesystem", async () => {
    const io = filesystemIOManager({ baseDir });
    const long = (last: string) => `${"region|".repeat(36)}${last}`;
    await io.handleOutput(context(["events"], long("a")), "a");
    await io.handleOutput(context(["events"], long("b")), "b");
    expect(await io.loadInput(context(["events"], long("a")))).toBe("a");
    expect(await io.loadInput(context(["events"], long("b")))).toBe("b");
    const files = await readdir(path.join(baseDir, "events"));
    expect(files).toHaveLength(2);
    for (const file of files) expect(Buffer.byteLength(file)).toBeLessThanOrEqual(255);
  });

  it("reports a value that was never stored as OutputNotFoundError naming the asset", async () => {
    const io = filesystemIOManager({ baseDir });
    await expect(io.loadInput(context(["raw_events"]))).rejects.toThrow(OutputNotFoundError);
    await expect(io.loadInput(context(["raw_events"], "2024-01-01"))).rejects.toThrow(
      /"raw_events" for partition "2024-01-01"/,
    );
  });

  it("never leaves a half-written file: a failed write keeps the previous value and no temp file", async () => {
    const io = filesystemIOManager({ baseDir });
    await io.handleOutput(context(["report"]), { version: 1 });
    const unserializable = {
      toJSON: () => {
        throw new Error("boom");
      },
    };
    await expect(io.handleOutput(context(["report"]), unserializable)).rejects.toThrow("boom");
    expect(await io.loadInput(context(["report"]))).toEqual({ version: 1 });
    expect(await readdir(path.join(baseDir, "report"))).toEqual(["__default.json"]);
  });

  it("cleans up the temp file when the rename fails", async () => {
    const io = filesystemIOManager({ baseDir });
    // A directory where the file should go makes rename fail after the temp file was written.
    const target = io.pathFor(context(["blocked"]));
    await mkdir(target, { recursive: true });
    await writeFile(path.join(target, "keep"), "x");
    await expect(io.handleOutput(context(["blocked"]), { a: 1 })).rejects.toThrow();
    expect(await readdir(path.join(baseDir, "blocked"))).toEqual(["__default.json"]);
  });

  it("leaves the file alone when the value stored is the one already there, and replaces it when it differs", async () => {
    const io = filesystemIOManager({ baseDir });
    const file = io.pathFor(context(["dimension"]));
    await io.handleOutput(context(["dimension"]), { rows: 3 });
    const first = await stat(file);
    await io.handleOutput(context(["dimension"]), { rows: 3 });
    expect((await stat(file)).ino).toBe(first.ino);
    // Same length, other bytes: written again.
    await io.handleOutput(context(["dimension"]), { rows: 4 });
    expect((await stat(file)).ino).not.toBe(first.ino);
    expect(await io.loadInput(context(["dimension"]))).toEqual({ rows: 4 });
    expect(await readdir(path.dirname(file))).toEqual(["__default.json"]);
  });

  it("lets concurrent readers see only whole values while writers replace them", async () => {
    const io = filesystemIOManager({ baseDir });
    const big = (n: number) => Array.from({ length: 20_000 }, (_, i) => ({ n, i, text: "x".repeat(20) }));
    await io.handleOutput(context(["big"]), big(0));
    const writes = Promise.all([1, 2, 3, 4, 5].map((n) => io.handleOutput(context(["big"]), big(n))));
    const reads: unknown[] = [];
    for (let i = 0; i < 20; i++) reads.push(await io.loadInput(context(["big"])));
    await writes;
    for (const value of reads) expect((value as unknown[]).length).toBe(20_000);
    expect(await readdir(path.join(baseDir, "big"))).toEqual(["__default.json"]);
  });
});
