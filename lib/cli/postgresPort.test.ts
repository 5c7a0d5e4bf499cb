import { mkdtemp, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { choosePostgresPort, PORT_FILE, rememberedPort, rememberPort } from "./postgresPort";

let home: string;
beforeEach(async () => (home = await mkdtemp(path.join(os.tmpdir(), "strata-port-"))));
afterEach(async () => rm(home, { recursive: true, force: true }));

it("reuses the remembered port while it is free, and picks another one when something holds it", async () => {
  const first = await choosePostgresPort(home, undefined);
  rememberPort(home, first);
  expect(rememberedPort(home)).toBe(first);
  expect(await choosePostgresPort(home, undefined)).toBe(first);

  const holder = net.createServer();
  await new Promise<void>((resolve) => holder.listen(first, "127.0.0.1", resolve));
  try {
    const other = await choosePostgresPort(home, undefined);
    expect(other).not.toBe(first);
  } finally {
    await new Promise((resolve) => holder.close(resolve));
  }
});

it("prefers an explicit port and ignores a port file that holds no port", async () => {
  await writeFile(path.join(home, PORT_FILE), "not a port\n");
  expect(rememberedPort(home)).toBeNull();
  expect(await choosePostgresPort(home, 6543)).toBe(6543);
});
