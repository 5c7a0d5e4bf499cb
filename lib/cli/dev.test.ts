// `strata dev` refuses to serve the console beyond loopback without sign-in, before it starts anything.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { freePort } from "../store/embeddedPostgres";

const home = mkdtempSync(path.join(os.tmpdir(), "strata-dev-test-"));
afterAll(() => rmSync(home, { recursive: true, force: true }));

function strataDev(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/main.ts", "dev", ...args], {
    encoding: "utf8",
    timeout: 60_000,
    // No DATABASE_URL: had it got that far, it would start an embedded Postgres under STRATA_HOME.
    env: {
      ...process.env,
      DATABASE_URL: "",
      HOST: "",
      PORT: "39999",
      STRATA_HOME: home,
      STRATA_CONFIG: path.resolve("lib/cli/testdata/pipeline.config.ts"),
      ...env,
    },
  });
  return { code: result.status, output: result.stdout + result.stderr };
}

it("refuses --host 0.0.0.0 without auth, saying how to configure sign-in, before Postgres starts", () => {
  const { code, output } = strataDev(["--host", "0.0.0.0"], {});
  expect(code).toBe(1);
  expect(output).toContain("Refusing to serve the console on 0.0.0.0");
  expect(output).toContain('auth: { publicUrl: "https://strata.example.com" }');
  expect(output).toContain("npx strata users add <email> --role ADMIN");
  expect(output).not.toContain("Embedded Postgres");
  expect(existsSync(path.join(home, "postgres"))).toBe(false);
});

it("refuses a HOST that is not loopback without auth", () => {
  const { code, output } = strataDev([], { HOST: "192.168.1.20" });
  expect(code).toBe(1);
  expect(output).toContain("Refusing to serve the console on 192.168.1.20");
  expect(existsSync(path.join(home, "postgres"))).toBe(false);
});

it("names the process holding PORT instead of starting a console that cannot listen, before Postgres starts", async () => {
  const port = await freePort();
  const squatter = net.createServer();
  await new Promise<void>((resolve) => squatter.listen(port, "127.0.0.1", resolve));
  try {
    const { code, output } = strataDev([], { PORT: String(port) });
    expect(code).toBe(1);
    expect(output).toContain(`Port ${port} is already taken by pid ${process.pid} (`);
    expect(output).toContain("PORT=3001 npm start");
    expect(existsSync(path.join(home, "postgres"))).toBe(false);
  } finally {
    await new Promise((resolve) => squatter.close(resolve));
  }
});
