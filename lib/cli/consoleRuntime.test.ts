import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { CONSOLE_NODE_FLAGS, hasConsoleNodeFlags } from "./consoleRuntime";
import { consoleArgs } from "./nextServer";

describe("the console's V8 settings", () => {
  it("are flags this Node accepts (an unknown one stops Node before the console starts)", () => {
    const result = spawnSync(
      process.execPath,
      [...CONSOLE_NODE_FLAGS, "-e", "process.stdout.write(process.execArgv.join(' '))"],
      {
        encoding: "utf8",
      },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(hasConsoleNodeFlags(result.stdout.split(" "))).toBe(true);
  });

  it("come before Next's script, where Node reads them, not after it, where Next would", () => {
    const args = consoleArgs("/srv/strata", 3000, "127.0.0.1");
    const script = args.findIndex((arg) => arg.endsWith("node_modules/next/dist/bin/next"));
    expect(args.slice(0, script)).toEqual([...CONSOLE_NODE_FLAGS]);
    expect(args.slice(script + 1)).toEqual(["start", "-p", "3000", "-H", "127.0.0.1"]);
  });

  it("are told apart from a process started without them", () => {
    expect(hasConsoleNodeFlags(["--import", "tsx"])).toBe(false);
  });
});
