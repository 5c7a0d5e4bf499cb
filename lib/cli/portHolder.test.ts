import net from "node:net";
import { describe, expect, it } from "vitest";
import { freePort } from "../store/embeddedPostgres";
import { describePortHolder, portInUse } from "./portHolder";

describe("portHolder", () => {
  it("sees a port taken by this process and names it, and a free port as free", async () => {
    const port = await freePort();
    expect(await portInUse(port, "127.0.0.1")).toBe(false);
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    try {
      expect(await portInUse(port, "127.0.0.1")).toBe(true);
      expect(describePortHolder(port)).toMatch(new RegExp(`^pid ${process.pid} \\(.*node`));
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
