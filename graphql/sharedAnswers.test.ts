// Shared answers to polled reads, through real API tokens against a real database with sign-in on: kept for callers
// with the same permissions, never across permissions, dropped by a mutation, never kept when they name the caller.
// The kept time is far longer than any test takes, so nothing here depends on timing.
import { beforeAll, describe, expect, it } from "vitest";
import { issueApiToken } from "../lib/auth/apiTokens";
import type { Role } from "../lib/core/auth/roles";
import { consoleSettingsSchema } from "../lib/core/consoleSettings";
import { createRun } from "../lib/store/runs";
import { createUser } from "../lib/store/users";
import { graphqlTestServer } from "./testing/graphqlTestServer";

const settings = consoleSettingsSchema.parse({ auth: { publicUrl: "http://localhost" } });
const api = graphqlTestServer({ example: true, settings, sharedAnswerMs: 600_000 });

const secrets = new Map<string, string>();
const as = (name: string) => ({ authorization: `Bearer ${secrets.get(name)}` });

beforeAll(async () => {
  const tokens: [string, Role][] = [
    ["admin", "ADMIN"],
    ["another-admin", "ADMIN"],
    ["viewer", "VIEWER"],
  ];
  for (const [name, role] of tokens) {
    const issued = await issueApiToken(api.database.db, { name, role, createdBy: "test" });
    if (issued.kind !== "success") throw new Error(issued.message);
    secrets.set(name, issued.secret);
  }
});

/** A run written straight to the database, as a worker would: no mutation of this server sees it. */
const runWrittenElsewhere = () =>
  createRun(api.database.db, {
    codeLocationName: "user-events",
    snapshotId: null,
    assetKeys: ["user_profiles"],
    launchedBy: "test",
  });

interface Runs {
  runsOrError: { results: { runId: string }[] };
}
const countRuns = async (document: string, caller: string) => {
  const body = await api.request<Runs>(document, {}, as(caller));
  expect(body.errors).toBeUndefined();
  return body.data?.runsOrError.results.length;
};

describe("shared answers to polled reads", () => {
  it("are kept for callers with the same permissions, and dropped by any mutation", async () => {
    const document = `query Runs { runsOrError(limit: 100) { ... on Runs { results { runId } } } }`;
    await runWrittenElsewhere();
    const first = await api.request<Runs>(document, {}, as("admin"));
    const before = first.data?.runsOrError.results.length;
    await runWrittenElsewhere();
    const kept = await api.request<Runs>(document, {}, as("admin"));
    // The same answer, as the caller asked for it: nothing the cache adds to track answers shows.
    expect(kept).toEqual(first);
    expect(JSON.stringify(kept)).not.toContain("__responseCache");
    expect(await countRuns(document, "another-admin")).toBe(before);

    const launched = await api.request<{ launchRun: { __typename: string } }>(
      `mutation { launchRun(input: { assetSelection: [{ path: ["user_profiles"] }] }) { __typename } }`,
      {},
      as("admin"),
    );
    expect(launched.data?.launchRun.__typename).toBe("LaunchRunSuccess");
    expect(await countRuns(document, "another-admin")).toBe((before ?? 0) + 2);
  });

  it("are never shared across permissions", async () => {
    const document = `query RunsAndUsers {
      runsOrError(limit: 1) { __typename }
      usersOrError { __typename }
    }`;
    const asViewer = await api.request<{ usersOrError: { __typename: string } }>(document, {}, as("viewer"));
    expect(asViewer.data?.usersOrError.__typename).toBe("UnauthorizedError");
    const asAdmin = await api.request<{ usersOrError: { __typename: string } }>(document, {}, as("admin"));
    expect(asAdmin.data?.usersOrError.__typename).toBe("UserList");
  });

  it("are never kept when they name the caller", async () => {
    const document = `query ViewerAndRuns { viewer { name } runsOrError(limit: 100) { ... on Runs { results { runId } } } }`;
    const before = await countRuns(document, "admin");
    await runWrittenElsewhere();
    expect(await countRuns(document, "admin")).toBe((before ?? 0) + 1);
  });

  it("are not kept for reads the console does not poll", async () => {
    const unpolled = `query Users { usersOrError { __typename ... on UserList { users { email } } } }`;
    const first = await api.request<{ usersOrError: { users: unknown[] } }>(unpolled, {}, as("admin"));
    await createUser(api.database.db, { email: "new@example.com", role: "VIEWER" });
    const second = await api.request<{ usersOrError: { users: unknown[] } }>(unpolled, {}, as("admin"));
    expect(second.data?.usersOrError.users.length).toBe((first.data?.usersOrError.users.length ?? 0) + 1);
  });
});
