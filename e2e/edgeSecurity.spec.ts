// The console against what another site (or a rebinding DNS name) can make a browser do: a foreign Host is refused,
// every response carries the security headers, a cross-site form launches nothing, and no page can frame the
// console. The console itself, lineage graph and GraphQL explorer included, runs under its CSP without a violation.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { type APIRequestContext, test as base, expect, type Page } from "@playwright/test";

const CONSOLE = `http://localhost:${Number(process.env.E2E_PORT ?? 3199)}`;
const LAUNCH =
  'mutation { launchRun(input: { jobName: "daily_events", presetName: "small_sample", partitionKey: "2026-01-04" }) { __typename } }';

/** Another origin (127.0.0.1 on its own port, where the console is localhost:3199) serving the given pages. */
interface CrossSite {
  url(page: string): string;
}

const test = base.extend<{ crossSite: CrossSite }>({
  crossSite: async ({}, provide) => {
    const pages: Record<string, string> = {
      "/urlencoded": autoSubmittingForm("application/x-www-form-urlencoded"),
      "/multipart": autoSubmittingForm("multipart/form-data"),
      "/frame": `<!doctype html><title>framing</title><iframe src="${CONSOLE}/lineage" width="800" height="600"></iframe>`,
    };
    const server = http.createServer((request, response) => {
      const page = pages[request.url ?? ""];
      response.writeHead(page ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
      response.end(page ?? "not found");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await provide({ url: (page) => `http://127.0.0.1:${port}${page}` });
    await new Promise((resolve) => server.close(resolve));
  },
});

function autoSubmittingForm(enctype: string): string {
  const query = LAUNCH.replace(/"/g, "&quot;");
  return `<!doctype html><title>win a prize</title>
<form method="POST" action="${CONSOLE}/api/graphql" enctype="${enctype}"><input type="hidden" name="query" value="${query}"></form>
<script>document.forms[0].submit()</script>`;
}

/** Runs of the job the forms try to launch (the e2e database holds far fewer than the page size). */
async function runCount(request: APIRequestContext): Promise<number> {
  const response = await request.post("/api/graphql", {
    data: {
      query: '{ runsOrError(limit: 100, filter: { jobName: "daily_events" }) { ... on Runs { results { runId } } } }',
    },
  });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data: { runsOrError: { results: unknown[] } } };
  return body.data.runsOrError.results.length;
}

/** The status of a request sent with a Host header of our choosing (fetch and browsers do not let one set it). */
function statusForHost(host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${CONSOLE}/lineage`, { headers: { host } }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", reject);
    request.end();
  });
}

/** Collects every CSP violation a page reports, in its documents and in the browser's console. */
async function watchForCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("reportCspViolation", (violation: string) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportCspViolation(v: string): void }).reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

test("a request for a foreign host is refused; loopback names are served", async () => {
  const foreign = await statusForHost("evil.example:3199");
  expect(foreign.status).toBe(421);
  expect(foreign.body).toContain("allowedHosts");
  expect((await statusForHost("127.0.0.1:3199")).status).toBe(200);
});

test("pages, the API and static assets carry the security headers", async ({ request }) => {
  const page = await request.get("/lineage");
  const html = await page.text();
  const asset = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
  expect(asset).toBeTruthy();
  const responses = [
    page,
    await request.get(`${asset}`),
    await request.post("/api/graphql", { data: { query: "{ codeLocations { name } }" } }),
    await request.get("/api/graphql", { headers: { accept: "text/html" } }),
  ];
  for (const response of responses) {
    expect(response.status(), response.url()).toBe(200);
    const headers = response.headers();
    expect(headers["content-security-policy"], response.url()).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
    expect(headers["x-powered-by"]).toBeUndefined();
  }
});

test("a cross-site form posting launchRun (urlencoded or multipart) launches nothing", async ({
  page,
  request,
  crossSite,
}) => {
  const before = await runCount(request);
  for (const form of ["/urlencoded", "/multipart"]) {
    const answer = page.waitForResponse((response) => response.url() === `${CONSOLE}/api/graphql`);
    await page.goto(crossSite.url(form));
    const response = await answer;
    expect(response.status(), form).toBe(403);
    expect(response.headers()["access-control-allow-origin"]).toBeUndefined();
  }
  expect(await runCount(request)).toBe(before);
});

test("a page on another origin cannot frame the console", async ({ page, crossSite }) => {
  const refused = page.waitForEvent("console", (message) => message.text().includes("frame-ancestors"));
  await page.goto(crossSite.url("/frame"));
  await refused;
  const framed = page.frames().find((frame) => frame !== page.mainFrame());
  expect(framed?.url()).not.toBe(`${CONSOLE}/lineage`);
});

test("the lineage graph and the GraphQL explorer work under the CSP without a violation", async ({
  page,
}, testInfo) => {
  const violations = await watchForCspViolations(page);
  await page.goto("/lineage");
  await expect(page.getByRole("group", { name: /raw_events/ }).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("lineage.png") });

  for (const path of ["/", "/assets", "/runs", "/jobs", "/automation", "/backfills", "/deployment", "/launchpad"]) {
    await page.goto(path);
    await expect(page.getByRole("main").first()).toBeVisible();
  }

  await page.goto("/api/graphql?query=%7B%20codeLocations%20%7B%20name%20%7D%20%7D");
  await page.getByRole("button", { name: /execute query/i }).click();
  await expect(page.getByText('"user-events"')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("explorer.png") });
  expect(violations).toEqual([]);
});
