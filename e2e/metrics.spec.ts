// GET /metrics on a real `strata dev`: the edge's security headers, the Prometheus text format, and a launched run
// moving the run gauges and the queue wait and step duration histograms. Another site's page is refused.
import { type APIRequestContext, expect, test } from "@playwright/test";

function sample(text: string, series: string): number {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  if (line === undefined) throw new Error(`/metrics has no ${series}`);
  return Number(line.slice(series.length + 1));
}

async function scrape(request: APIRequestContext): Promise<string> {
  const response = await request.get("/metrics");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^text\/plain; version=0\.0\.4/);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  return response.text();
}

const finished = (text: string) =>
  sample(text, 'strata_runs{status="SUCCESS"}') + sample(text, 'strata_runs{status="FAILURE"}');
const stepsEnded = (text: string) =>
  sample(text, 'strata_step_duration_seconds_count{status="SUCCESS"}') +
  sample(text, 'strata_step_duration_seconds_count{status="FAILURE"}');

test("a launched run moves /metrics' run gauges and histograms", async ({ request }) => {
  // The first run of a code location starts its run process.
  test.setTimeout(120_000);
  const before = await scrape(request);
  expect(before).toContain("# HELP strata_run_queue_wait_seconds");
  const ended = finished(before);
  const waits = sample(before, "strata_run_queue_wait_seconds_count");
  const steps = stepsEnded(before);
  expect(sample(before, 'strata_live_processes{kind="WORKER"}')).toBeGreaterThanOrEqual(1);

  const launch = await request.post("/api/graphql", {
    data: {
      query: 'mutation { launchRun(input: { assetSelection: [{ path: ["user_profiles"] }] }) { __typename } }',
    },
  });
  expect(await launch.json()).toEqual({ data: { launchRun: { __typename: "LaunchRunSuccess" } } });

  await expect.poll(async () => finished(await scrape(request)), { timeout: 100_000 }).toBe(ended + 1);
  const after = await scrape(request);
  expect(sample(after, "strata_run_queue_wait_seconds_count")).toBeGreaterThanOrEqual(waits + 1);
  expect(stepsEnded(after)).toBeGreaterThanOrEqual(steps + 1);
});

test("another site's page may not read /metrics", async ({ request }) => {
  const response = await request.get("/metrics", { headers: { origin: "http://evil.example" } });
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain("are refused");
});
