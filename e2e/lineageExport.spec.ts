// The OpenLineage export in a real browser: a `strata dev` whose config sends lineage to an endpoint that is down runs
// an asset to success, and the Deployment page shows the export loop's error and the events waiting to be sent.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test as base, expect, type Page } from "@playwright/test";
import { freePort, ROOT, type StrataInstance, startStrataInstance } from "./support/strataInstance";

function definitions(): string {
  const sdk = JSON.stringify(path.join(ROOT, "lib/sdk"));
  return `import { asset, defineDefinitions, meta, withMetadata } from ${sdk};

const users = asset({ key: "raw/users", compute: () => [{ id: 1 }, { id: 2 }] });
const facts = asset({
  key: "analytics/fact_events",
  ins: { users },
  metadata: { columns: meta.tableSchema([{ name: "user_id", type: "int" }]) },
  compute: ({ users }) => withMetadata(users.map((u) => ({ user_id: u.id })), { row_count: users.length }),
});

export default defineDefinitions({ assets: [users, facts] });
`;
}

const test = base.extend<object, { instance: StrataInstance & { endpoint: string } }>({
  instance: [
    async ({}, provide) => {
      // A port that was free a moment ago: the lineage endpoint is down.
      const endpoint = `http://127.0.0.1:${await freePort()}/api/v1/lineage`;
      const modulePath = (home: string) => path.join(home, "location", "definitions.ts");
      const instance = await startStrataInstance({
        port: await freePort(),
        prefix: "lineage-export",
        prepare: (home) => {
          mkdirSync(path.dirname(modulePath(home)), { recursive: true });
          writeFileSync(modulePath(home), definitions());
        },
        config: (home) => ({
          codeLocations: [{ name: "warehouse", module: modulePath(home) }],
          openLineage: { namespace: "e2e", transport: { type: "http", url: endpoint } },
        }),
      });
      try {
        await provide({ ...instance, endpoint });
      } finally {
        await instance.stop();
      }
    },
    { scope: "worker", timeout: 300_000 },
  ],
});

async function graphql<T>(page: Page, url: string, query: string): Promise<T> {
  const response = await page.request.post(`${url}/api/graphql`, { data: { query }, headers: { origin: url } });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { data: T }).data;
}

test("a run succeeds while the lineage endpoint is down, and the Deployment page says what waits and why", async ({
  page,
  instance,
}) => {
  test.setTimeout(120_000);
  // The export starts with the daemon's first tick; lineage covers what happens after it.
  await page.goto(`${instance.url}/deployment`);
  await expect(
    page.getByRole("table", { name: "Daemon loops" }).getByRole("row", { name: /openlineage export/ }),
  ).toContainText("ticked", { timeout: 30_000 });
  const launched = await graphql<{ launchRun: { __typename: string; run?: { runId: string } } }>(
    page,
    instance.url,
    `mutation { launchRun(input: { assetSelection: [{ path: ["raw", "users"] }, { path: ["analytics", "fact_events"] }] }) { __typename ... on LaunchRunSuccess { run { runId } } } }`,
  );
  expect(launched.launchRun.__typename).toBe("LaunchRunSuccess");
  const runId = launched.launchRun.run!.runId;
  await page.goto(`${instance.url}/runs/${runId}`);
  await expect(page.getByRole("status", { name: "Run status" })).toHaveText("Success", { timeout: 60_000 });

  await page.goto(`${instance.url}/deployment`);
  const exportSection = page.getByRole("region", { name: "OpenLineage export" });
  await expect(exportSection).toBeVisible({ timeout: 30_000 });
  await expect(exportSection).toContainText("0 sent");
  await expect(exportSection).toContainText("4 waiting");
  await expect(exportSection).toContainText("0 given up");
  await expect(exportSection).toContainText("No event has been given up.");
  await expect(
    page.getByRole("table", { name: "Daemon loops" }).getByRole("row", { name: /openlineage export/ }),
  ).toContainText(`failed: Posting to ${instance.endpoint} failed: fetch failed (ECONNREFUSED)`);
  await page.screenshot({ path: "test-results/lineage-export-deployment.png", fullPage: true });
});
