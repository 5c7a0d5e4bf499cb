// alert(): events, webhook and selection checked where they are written and when the definitions load.
import { describe, expect, it } from "vitest";
import { alert } from "./alert";
import { asset } from "./asset";
import { defineDefinitions } from "./definitions";
import { problemsOf } from "./problemsOf.testing";
import { env } from "./resource";
import { toDefinitionsSnapshot } from "./snapshot";

describe("alert", () => {
  it("keeps a webhook URL, or the environment variable that holds it, in the snapshot", () => {
    const report = asset({ key: "report", compute: () => 1 });
    const definitions = defineDefinitions({
      assets: [report],
      alerts: [
        alert({
          name: "slack",
          on: ["RUN_FAILURE", "FRESHNESS_OVERDUE"],
          webhookUrl: env("SLACK_WEBHOOK_URL"),
          selection: "report",
        }),
        alert({ name: "pager", on: ["RUN_FAILURE"], webhookUrl: "https://hooks.example.com/x" }),
      ],
    });
    expect(toDefinitionsSnapshot(definitions).alerts).toEqual([
      { name: "pager", on: ["RUN_FAILURE"], webhook: { url: "https://hooks.example.com/x" }, selection: null },
      {
        name: "slack",
        on: ["RUN_FAILURE", "FRESHNESS_OVERDUE"],
        webhook: { env: "SLACK_WEBHOOK_URL" },
        selection: "report",
      },
    ]);
  });

  it("names the field of every problem", () => {
    expect(
      problemsOf(() => alert({ name: "x", on: ["RUN_SUCCESS" as "RUN_FAILURE"], webhookUrl: "hooks.example.com" })),
    ).toEqual([
      'alert("x"): on must list one or more of "RUN_FAILURE", "FRESHNESS_OVERDUE".',
      'alert("x"): webhookUrl must be an http(s) URL or env("NAME"); got a string.',
    ]);
    const report = asset({ key: "report", compute: () => 1 });
    const hook = "https://hooks.example.com/x";
    expect(
      problemsOf(() =>
        defineDefinitions({
          assets: [report],
          alerts: [
            alert({ name: "a", on: ["RUN_FAILURE"], webhookUrl: hook, selection: "group:" }),
            alert({ name: "a", on: ["RUN_FAILURE"], webhookUrl: hook }),
          ],
        }),
      ),
    ).toEqual([
      expect.stringMatching(/^Alert "a": selection "group:" is invalid at position 6/),
      'Alert name "a" is used twice; each alert needs its own name.',
    ]);
  });
});
