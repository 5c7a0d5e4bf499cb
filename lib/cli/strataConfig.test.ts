// strata.config.ts's openLineage (resolved for the daemon) and metrics sections, each mistake named by its field.
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDaemonConfig, readStrataConfig } from "./strataConfig";

async function configFile(body: string): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "strata-config-"));
  const file = path.join(folder, "strata.config.ts");
  await writeFile(file, `export default ${body};\n`);
  return file;
}

const location = `codeLocations: [{ name: "warehouse", module: "./definitions.ts" }]`;

it("resolves an HTTP transport with its API key from the environment, under the public host's namespace", async () => {
  const file = await configFile(`{
    ${location},
    auth: { publicUrl: "https://strata.example.com:8443" },
    openLineage: { transport: { type: "http", url: "http://marquez:5000/api/v1/lineage", apiKey: { env: "MARQUEZ_KEY" } } },
  }`);
  expect((await readDaemonConfig(file)).openLineage).toEqual({
    namespace: "strata://strata.example.com",
    transport: {
      type: "http",
      url: "http://marquez:5000/api/v1/lineage",
      apiKey: { env: "MARQUEZ_KEY" },
      timeoutMs: 10_000,
    },
  });
});

it("resolves a file transport beside the config, under a named namespace", async () => {
  const file = await configFile(`{
    ${location},
    openLineage: { namespace: "analytics-prod", transport: { type: "file", path: "lineage/events.jsonl" } },
  }`);
  expect((await readStrataConfig(file)).openLineage).toEqual({
    namespace: "strata://analytics-prod",
    transport: { type: "file", path: path.join(path.dirname(file), "lineage/events.jsonl") },
  });
  const without = await configFile(`{ ${location} }`);
  expect((await readStrataConfig(without)).openLineage).toBeNull();
});

it("names the field of each mistake", async () => {
  const wrongUrl = await configFile(`{ ${location}, openLineage: { transport: { type: "http", url: "ftp://x" } } }`);
  await expect(readStrataConfig(wrongUrl)).rejects.toThrow(
    "openLineage.transport.url: must be an http:// or https:// URL",
  );
  const wrongType = await configFile(`{ ${location}, openLineage: { transport: { type: "kafka", topic: "x" } } }`);
  await expect(readStrataConfig(wrongType)).rejects.toThrow(
    'openLineage.transport.type: must be { type: "http", url } or { type: "file", path }',
  );
  const wrongKey = await configFile(
    `{ ${location}, openLineage: { transport: { type: "http", url: "http://m/api", apiKey: { env: "1X" } } } }`,
  );
  await expect(readStrataConfig(wrongKey)).rejects.toThrow("openLineage.transport.apiKey");
  const typo = await configFile(
    `{ ${location}, openLineage: { namespace: "prod", transport: { type: "file", path: "x.jsonl", pth: 1 } } }`,
  );
  await expect(readStrataConfig(typo)).rejects.toThrow(/openLineage\.transport: Unrecognized key: "pth"/);
  const badName = await configFile(
    `{ ${location}, openLineage: { namespace: "a b", transport: { type: "file", path: "x" } } }`,
  );
  await expect(readStrataConfig(badName)).rejects.toThrow("openLineage.namespace: use letters, digits");
});

describe("metrics.listen", () => {
  it("is read as an address, and is null when absent", async () => {
    const config = await readStrataConfig(
      await configFile(`{ codeLocations: [{ name: "a", module: "a.ts" }], metrics: { listen: "127.0.0.1:9464" } }`),
    );
    expect(config.metricsListen).toEqual({ host: "127.0.0.1", port: 9464 });
    expect(
      (await readStrataConfig(await configFile(`{ codeLocations: [{ name: "a", module: "a.ts" }] }`))).metricsListen,
    ).toBeNull();
  });

  it("names the field when the address is malformed", async () => {
    await expect(
      readStrataConfig(
        await configFile(`{ codeLocations: [{ name: "a", module: "a.ts" }], metrics: { listen: "9464" } }`),
      ),
    ).rejects.toThrow(/metrics\.listen: use host:port/);
  });
});
