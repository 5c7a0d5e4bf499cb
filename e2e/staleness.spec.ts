// Staleness per partition in a real browser: a partitioned asset built under code version 1, its code bumped to 2 and
// reloaded, a few partitions built again; the console counts what is unsynced, names the root cause downstream, and
// "Materialize unsynced" launches exactly the partitions left.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test as base, expect, type Page } from "@playwright/test";
import { freePort, ROOT, type StrataInstance, startStrataInstance } from "./support/strataInstance";

/** Thirteen runs through the worker for the first build; wait like a user watching the page would. */
const BACKFILL_TIMEOUT = 240_000;
const SHARDS = ["s1", "s2", "s3", "s4", "s5", "s6"];

/** The code location: raw_events (partitioned, its code version given) → sessions (same partitions) → report. */
function definitions(codeVersion: string): string {
  const sdk = JSON.stringify(path.join(ROOT, "lib/sdk"));
  return `import { asset, defineDefinitions, partitionsOf, staticPartitions } from ${sdk};

const shards = staticPartitions(${JSON.stringify(SHARDS)});
const rawEvents = asset({ key: "raw_events", partitions: shards, codeVersion: ${JSON.stringify(codeVersion)}, compute: (_, ctx) => ctx.partitionKey });
const sessions = asset({ key: "sessions", ins: { rawEvents }, partitions: shards, compute: ({ rawEvents }) => rawEvents });
const report = asset({ key: "report", ins: { sessions: partitionsOf(sessions) }, compute: ({ sessions }) => Object.keys(sessions).length });

export default defineDefinitions({ assets: [rawEvents, sessions, report] });
`;
}

interface LocationInstance extends StrataInstance {
  setCodeVersion(version: string): void;
}

/** One `strata dev` per worker, loading the location above from a file the test rewrites. */
const test = base.extend<object, { instance: LocationInstance }>({
  instance: [
    async ({}, provide) => {
      const modulePath = (home: string) => path.join(home, "location", "definitions.ts");
      const write = (home: string, version: string) => writeFileSync(modulePath(home), definitions(version));
      const instance = await startStrataInstance({
        port: await freePort(),
        prefix: "stale",
        prepare: (home) => {
          mkdirSync(path.dirname(modulePath(home)), { recursive: true });
          write(home, "1");
        },
        config: (home) => ({ codeLocations: [{ name: "events", module: modulePath(home) }] }),
      });
      try {
        await provide({ ...instance, setCodeVersion: (version) => write(instance.home, version) });
      } finally {
        await instance.stop();
      }
    },
    { scope: "worker", timeout: 300_000 },
  ],
});

const graphAsset = (page: Page, key: string) => page.getByRole("group", { name: `Asset ${key}`, exact: true });

async function launchFromDialog(page: Page): Promise<void> {
  const dialog = page.getByRole("dialog", { name: "Materialize partitions" });
  await dialog.getByRole("button", { name: /^Launch backfill/ }).click();
  await expect(page).toHaveURL(/\/backfills\/[^/]+$/, { timeout: 15_000 });
}

async function waitForBackfill(page: Page): Promise<void> {
  await expect(page.getByTestId("backfill-percent")).toHaveText("100%", { timeout: BACKFILL_TIMEOUT });
}

test("partitions built under an older code version are counted unsynced, downstream names the root, and materialize unsynced launches exactly them", async ({
  page,
  instance,
}) => {
  test.setTimeout(3 * BACKFILL_TIMEOUT);

  // Version 1: every partition of every asset.
  await page.goto(`${instance.url}/lineage`);
  await expect(graphAsset(page, "report")).toBeVisible();
  await page.getByRole("button", { name: "Materialize…", exact: true }).click();
  // The dialog starts from the latest partition; every partition is one click away.
  const firstDialog = page.getByRole("dialog", { name: "Materialize partitions" });
  await firstDialog
    .getByRole("group", { name: "Start from" })
    .getByRole("button", { name: "All 6 partitions" })
    .click();
  await expect(firstDialog.getByTestId("backfill-preview-partitions")).toHaveText("6 partitions");
  await launchFromDialog(page);
  await waitForBackfill(page);

  // Version 2, reloaded from the deployment page.
  instance.setCodeVersion("2");
  await page.goto(`${instance.url}/deployment`);
  const reload = page.getByRole("button", { name: "Reload events" });
  await reload.click();
  await expect(reload).toBeEnabled();
  await page.goto(`${instance.url}/assets/raw_events`);
  await expect(page.getByText("6 of 6 partitions unsynced", { exact: true })).toBeVisible();
  await expect(page.getByRole("list", { name: "Unsynced causes" })).toContainText("code version changed (1 → 2)");

  // Two partitions built with version 2.
  await page.goto(`${instance.url}/assets/raw_events?tab=partitions`);
  await page.getByLabel("Partition selection").fill("s1...s2");
  await page.getByRole("button", { name: "Materialize 2 partitions…" }).click();
  await expect(
    page.getByRole("dialog", { name: "Materialize partitions" }).getByTestId("backfill-preview-partitions"),
  ).toHaveText("2 partitions");
  await launchFromDialog(page);
  await waitForBackfill(page);

  await page.goto(`${instance.url}/assets/raw_events`);
  await expect(page.getByText("4 of 6 partitions unsynced", { exact: true })).toBeVisible();
  // "Materialize unsynced" on the asset's page starts from exactly its four unsynced partitions.
  await page.getByRole("button", { name: "Materialize unsynced…" }).click();
  const unsyncedDialog = page.getByRole("dialog", { name: "Materialize partitions" });
  await expect(unsyncedDialog.getByLabel("Partition selection")).toHaveValue("s3...s6");
  await expect(unsyncedDialog.getByTestId("backfill-preview-partitions")).toHaveText("4 partitions");
  await unsyncedDialog.getByRole("button", { name: "Cancel" }).click();
  // Two assets down, the cause still names raw_events, arriving through sessions.
  await page.goto(`${instance.url}/assets/report`);
  const causes = page.getByRole("list", { name: "Unsynced causes" });
  await expect(causes).toContainText("upstream raw_events is unsynced: code version changed (1 → 2)");
  await expect(causes).toContainText("through sessions");

  // The graph counts each asset's unsynced partitions and launches exactly those.
  await page.goto(`${instance.url}/lineage`);
  await expect(graphAsset(page, "raw_events")).toContainText("4 unsynced");
  await expect(graphAsset(page, "raw_events")).toContainText("4 partitions unsynced");
  await expect(graphAsset(page, "sessions")).toContainText("6 unsynced");
  await page.getByRole("button", { name: "Materialize unsynced (3)…" }).click();
  const dialog = page.getByRole("dialog", { name: "Materialize partitions" });
  await expect(dialog.getByRole("checkbox", { name: /Only unsynced partitions/ })).toBeChecked();
  await expect(dialog.getByTestId("backfill-preview-count-raw_events")).toHaveText("4 partitions");
  await expect(dialog.getByTestId("backfill-preview-count-sessions")).toHaveText("6 partitions");
  await expect(dialog.getByTestId("backfill-preview-count-report")).toHaveText("1 run");
  await launchFromDialog(page);
  await expect(page.getByTestId("backfill-asset-raw_events").getByTestId("backfill-asset-targeted")).toHaveText("4");
  await expect(page.getByTestId("backfill-asset-sessions").getByTestId("backfill-asset-targeted")).toHaveText("6");
  await waitForBackfill(page);

  await page.goto(`${instance.url}/assets`);
  const table = page.getByRole("table", { name: "Assets" });
  await expect(table.getByRole("row")).toHaveCount(4);
  await expect(table.getByText(/unsynced/)).toHaveCount(0);
});
