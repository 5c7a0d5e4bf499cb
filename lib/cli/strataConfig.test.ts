// strata.config.ts's metrics section: where `strata dev` serves /metrics without a token.
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readStrataConfig } from "./strataConfig";

async function configFile(body: object): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "strata-config-"));
  const file = path.join(dir, "strata.config.ts");
  await writeFile(file, `export default ${JSON.stringify(body)};\n`);
  return file;
}

const codeLocations = [{ name: "a", module: "a.ts" }];

describe("metrics.listen", () => {
  it("is read as an address, and is null when absent", async () => {
    const config = await readStrataConfig(await configFile({ codeLocations, metrics: { listen: "127.0.0.1:9464" } }));
    expect(config.metricsListen).toEqual({ host: "127.0.0.1", port: 9464 });
    expect((await readStrataConfig(await configFile({ codeLocations }))).metricsListen).toBeNull();
  });

  it("names the field when the address is malformed", async () => {
    await expect(readStrataConfig(await configFile({ codeLocations, metrics: { listen: "9464" } }))).rejects.toThrow(
      /metrics\.listen: use host:port/,
    );
  });
});
