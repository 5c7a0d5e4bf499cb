// Roles enforced in the API, call by call: every mutation and a sample of queries, for every role, through real
// API tokens and a real session cookie against a real database, with sign-in on.
import { beforeAll, describe, expect, it } from "vitest";
import { issueApiToken } from "../lib/auth/apiTokens";
import { SESSION_COOKIE } from "../lib/auth/sessionCookie";
import { startSession } from "../lib/auth/sessions";
import { type Permission, ROLES, type Role, roleRank } from "../lib/core/auth/roles";
import { consoleSettingsSchema } from "../lib/core/consoleSettings";
import { createUser, setRoleGrants } from "../lib/store/users";
import { type GraphQLResponse, graphqlTestServer } from "./testing/graphqlTestServer";

const settings = consoleSettingsSchema.parse({ auth: { publicUrl: "http://localhost" } });
const api = graphqlTestServer({ example: true, settings });

const tokens = new Map<Role, string>();
const bearer = (role: Role) => ({ authorization: `Bearer ${tokens.get(role)}` });
let runId = "";
let backfillId = "";

beforeAll(async () => {
  for (const role of ROLES) {
    const issued = await issueApiToken(api.database.db, {
      name: `${role.toLowerCase()}-token`,
      role,
      createdBy: "test",
    });
    if (issued.kind !== "success") throw new Error(issued.message);
    tokens.set(role, issued.secret);
  }
  const run = await api.request<{ launchRun: { __typename: string; run?: { runId: string } } }>(
    `mutation { launchRun(input: { assetSelection: [{ path: ["user_profiles"] }] }) { __typename ... on LaunchRunSuccess { run { runId } } } }`,
    {},
    bearer("ADMIN"),
  );
  runId = run.data!.launchRun.run!.runId;
  const backfill = await api.request<{ launchPartitionBackfill: { __typename: string; backfill?: { id: string } } }>(
    `mutation { launchPartitionBackfill(input: { assetSelection: [{ path: ["raw_events"] }], partitionSelection: "2026-01-05" }) { __typename ... on LaunchPartitionBackfillSuccess { backfill { id } } } }`,
    {},
    bearer("ADMIN"),
  );
  backfillId = backfill.data!.launchPartitionBackfill.backfill!.id;
});

interface Call {
  field: string;
  permission: Permission;
  document: () => string;
}

const schedule = `codeLocationName: "user-events", scheduleName: "daily_events_at_six"`;
const sensor = `codeLocationName: "user-events", sensorName: "dedupe_new_raw_events"`;
const typename = "{ __typename ... on UnauthorizedError { permission message } }";

/** Every mutation of the schema; a refusal is an UnauthorizedError, or an UNAUTHORIZED error where the result is no union. */
const MUTATIONS: Call[] = [
  {
    field: "launchRun",
    permission: "LAUNCH_RUNS",
    document: () => `mutation { launchRun(input: { assetSelection: [{ path: ["user_profiles"] }] }) ${typename} }`,
  },
  {
    field: "launchRunReexecution",
    permission: "LAUNCH_RUNS",
    document: () =>
      `mutation { launchRunReexecution(params: { parentRunId: "${runId}", strategy: ALL_STEPS }) ${typename} }`,
  },
  {
    field: "terminateRun",
    permission: "TERMINATE_RUNS",
    document: () => `mutation { terminateRun(runId: "${runId}") ${typename} }`,
  },
  {
    field: "launchPartitionBackfill",
    permission: "LAUNCH_BACKFILLS",
    document: () =>
      `mutation { launchPartitionBackfill(input: { assetSelection: [{ path: ["raw_events"] }], partitionSelection: "2026-01-06" }) ${typename} }`,
  },
  {
    field: "cancelBackfill",
    permission: "CANCEL_BACKFILLS",
    document: () => `mutation { cancelBackfill(backfillId: "${backfillId}") ${typename} }`,
  },
  {
    field: "retryBackfill",
    permission: "LAUNCH_BACKFILLS",
    document: () => `mutation { retryBackfill(backfillId: "${backfillId}") ${typename} }`,
  },
  {
    field: "startSchedule",
    permission: "EDIT_SCHEDULES",
    document: () => `mutation { startSchedule(${schedule}) ${typename} }`,
  },
  {
    field: "stopRunningSchedule",
    permission: "EDIT_SCHEDULES",
    document: () => `mutation { stopRunningSchedule(${schedule}) ${typename} }`,
  },
  {
    field: "testSchedule",
    permission: "EDIT_SCHEDULES",
    document: () => `mutation { testSchedule(${schedule}) ${typename} }`,
  },
  {
    field: "testSensor",
    permission: "EDIT_SENSORS",
    document: () => `mutation { testSensor(${sensor}) ${typename} }`,
  },
  {
    field: "startSensor",
    permission: "EDIT_SENSORS",
    document: () => `mutation { startSensor(${sensor}) ${typename} }`,
  },
  { field: "stopSensor", permission: "EDIT_SENSORS", document: () => `mutation { stopSensor(${sensor}) ${typename} }` },
  {
    field: "setSensorCursor",
    permission: "EDIT_SENSOR_CURSORS",
    document: () => `mutation { setSensorCursor(${sensor}, cursor: null) ${typename} }`,
  },
  {
    field: "addDynamicPartitions",
    permission: "EDIT_DYNAMIC_PARTITIONS",
    document: () => `mutation { addDynamicPartitions(name: "customers", partitionKeys: ["acme"]) { name } }`,
  },
  {
    field: "deleteDynamicPartitions",
    permission: "EDIT_DYNAMIC_PARTITIONS",
    document: () => `mutation { deleteDynamicPartitions(name: "customers", partitionKeys: ["acme"]) { name } }`,
  },
  {
    field: "reportAssetEvents",
    permission: "REPORT_ASSET_EVENTS",
    document: () =>
      `mutation { reportAssetEvents(events: [{ type: OBSERVATION, assetKey: { path: ["user_profiles"] } }]) ${typename} }`,
  },
  {
    field: "reloadCodeLocation",
    permission: "RELOAD_CODE_LOCATIONS",
    document: () => `mutation { reloadCodeLocation(name: "no-such-location") ${typename} }`,
  },
  {
    field: "createUser",
    permission: "MANAGE_USERS",
    document: () =>
      `mutation { createUser(email: "new-${Math.random().toString(36).slice(2)}@example.com", role: VIEWER) ${typename} }`,
  },
  {
    field: "updateUser",
    permission: "MANAGE_USERS",
    document: () => `mutation { updateUser(userId: "00000000-0000-4000-8000-000000000000", role: EDITOR) ${typename} }`,
  },
  {
    field: "setUserRoleGrants",
    permission: "MANAGE_USERS",
    document: () =>
      `mutation { setUserRoleGrants(userId: "00000000-0000-4000-8000-000000000000", grants: []) ${typename} }`,
  },
  {
    field: "deleteUser",
    permission: "MANAGE_USERS",
    document: () => `mutation { deleteUser(userId: "00000000-0000-4000-8000-000000000000") ${typename} }`,
  },
  {
    field: "createApiToken",
    permission: "MANAGE_TOKENS",
    document: () =>
      `mutation { createApiToken(name: "t-${Math.random().toString(36).slice(2)}", role: VIEWER) ${typename} }`,
  },
  {
    field: "revokeApiToken",
    permission: "MANAGE_TOKENS",
    document: () => `mutation { revokeApiToken(name: "no-such-token") ${typename} }`,
  },
];

const PERMISSION_ROLE: Record<Permission, Role> = {
  READ_METRICS: "VIEWER",
  LAUNCH_RUNS: "LAUNCHER",
  TERMINATE_RUNS: "LAUNCHER",
  LAUNCH_BACKFILLS: "LAUNCHER",
  CANCEL_BACKFILLS: "LAUNCHER",
  EDIT_SCHEDULES: "EDITOR",
  EDIT_SENSORS: "EDITOR",
  EDIT_SENSOR_CURSORS: "EDITOR",
  EDIT_DYNAMIC_PARTITIONS: "EDITOR",
  RELOAD_CODE_LOCATIONS: "EDITOR",
  REPORT_ASSET_EVENTS: "LAUNCHER",
  MANAGE_USERS: "ADMIN",
  MANAGE_TOKENS: "ADMIN",
  VIEW_AUDIT_LOG: "ADMIN",
  PRUNE_HISTORY: "ADMIN",
};

/** The permission a response refused, or null when the call went through to its own checks. */
function refusedPermission(
  body: GraphQLResponse<Record<string, { __typename?: string; permission?: string } | null>>,
  field: string,
): string | null {
  const error = body.errors?.find((e) => e.extensions?.code === "UNAUTHORIZED");
  if (error) return String(error.extensions?.permission);
  const value = body.data?.[field];
  return value?.__typename === "UnauthorizedError" ? value.permission! : null;
}

describe("every mutation, for every role", () => {
  it("the schema has no mutation this table leaves out", async () => {
    const body = (
      await api.request<{ __schema: { mutationType: { fields: { name: string }[] } } }>(
        `{ __schema { mutationType { fields { name } } } }`,
        {},
        bearer("VIEWER"),
      )
    ).data!;
    expect(body.__schema.mutationType.fields.map((f) => f.name).sort()).toEqual(MUTATIONS.map((m) => m.field).sort());
  });

  for (const role of ROLES) {
    for (const call of MUTATIONS) {
      const allowed = roleRank(role) >= roleRank(PERMISSION_ROLE[call.permission]);
      it(`${role} ${allowed ? "may" : "may not"} ${call.field}`, async () => {
        const body = await api.request<Record<string, { __typename?: string; permission?: string } | null>>(
          call.document(),
          {},
          bearer(role),
        );
        expect(refusedPermission(body, call.field)).toBe(allowed ? null : call.permission);
      });
    }
  }
});

describe("queries", () => {
  const QUERIES = [
    { field: "assetNodes", document: `{ assetNodes { id } }`, adminOnly: false },
    { field: "runsOrError", document: `{ runsOrError { __typename } }`, adminOnly: false },
    { field: "viewer", document: `{ viewer { name } }`, adminOnly: false },
    { field: "usersOrError", document: `{ usersOrError ${typename} }`, adminOnly: true },
    { field: "apiTokensOrError", document: `{ apiTokensOrError ${typename} }`, adminOnly: true },
    { field: "auditEventsOrError", document: `{ auditEventsOrError ${typename} }`, adminOnly: true },
  ];
  for (const role of ROLES) {
    for (const query of QUERIES) {
      const allowed = !query.adminOnly || role === "ADMIN";
      it(`${role} ${allowed ? "may" : "may not"} read ${query.field}`, async () => {
        const body = await api.request<Record<string, { __typename?: string; permission?: string } | null>>(
          query.document,
          {},
          bearer(role),
        );
        expect(body.errors).toBeUndefined();
        expect(refusedPermission(body, query.field)).toEqual(
          allowed ? null : expect.stringMatching(/^(MANAGE_USERS|MANAGE_TOKENS|VIEW_AUDIT_LOG)$/),
        );
      });
    }
  }

  it("an anonymous caller gets UNAUTHENTICATED with HTTP 401, for reads and mutations alike", async () => {
    for (const document of [`{ assetNodes { id } }`, MUTATIONS[0]!.document()]) {
      const { status, body } = await api.requestWithStatus(document);
      expect(status).toBe(401);
      expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    const { body } = await api.requestWithStatus(
      `{ assetNodes { id } }`,
      {},
      { authorization: "Bearer strata_not-a-token" },
    );
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("a revoked token signs nobody in", async () => {
    const issued = await issueApiToken(api.database.db, { name: "short-lived", role: "ADMIN", createdBy: "test" });
    if (issued.kind !== "success") throw new Error(issued.message);
    const headers = { authorization: `Bearer ${issued.secret}` };
    expect((await api.requestWithStatus(`{ viewer { name } }`, {}, headers)).status).toBe(200);
    const revoked = await api.request<{ revokeApiToken: { __typename: string } }>(
      `mutation { revokeApiToken(name: "short-lived") { __typename } }`,
      {},
      bearer("ADMIN"),
    );
    expect(revoked.data?.revokeApiToken.__typename).toBe("ApiToken");
    expect((await api.requestWithStatus(`{ viewer { name } }`, {}, headers)).status).toBe(401);
  });
});

describe("a grant on an asset selection", () => {
  let cookie = "";
  beforeAll(async () => {
    const created = await createUser(api.database.db, { email: "fin@example.com", role: "VIEWER" });
    if (created.kind !== "success") throw new Error(created.message);
    await setRoleGrants(api.database.db, created.user.id, [{ role: "LAUNCHER", selection: "group:user_events" }]);
    const session = await startSession(api.database.db, settings.auth!, created.user.id);
    cookie = `${SESSION_COOKIE}=${session.secret}`;
  });

  it("launches the assets the selection names, as that user", async () => {
    const body = await api.request<{ launchRun: { __typename: string; run?: { launchedBy: string } } }>(
      `mutation { launchRun(input: { assetSelection: [{ path: ["user_profiles"] }] }) { __typename ... on LaunchRunSuccess { run { launchedBy } } } }`,
      {},
      { cookie },
    );
    expect(body.data?.launchRun).toEqual({ __typename: "LaunchRunSuccess", run: { launchedBy: "fin@example.com" } });
  });

  it("refuses assets outside it, naming them, and writes nothing", async () => {
    const before = await api.database.db.run.count();
    const body = await api.request<{ launchRun: { __typename: string; permission?: string; message?: string } }>(
      `mutation { launchRun(input: { selection: "user_profiles or analytics/weekly_report", partitionKey: "2026-01-05" }) ${typename} }`,
      {},
      { cookie },
    );
    expect(body.data?.launchRun).toMatchObject({ __typename: "UnauthorizedError", permission: "LAUNCH_RUNS" });
    expect(body.data?.launchRun.message).toContain(
      "holds it only for group:user_events, which does not include analytics/weekly_report",
    );
    expect(await api.database.db.run.count()).toBe(before);
  });

  it("holds nothing beyond the granted role", async () => {
    const body = await api.request<{ startSchedule: { __typename: string; permission?: string } }>(
      `mutation { startSchedule(${schedule}) ${typename} }`,
      {},
      { cookie },
    );
    expect(body.data?.startSchedule).toMatchObject({ __typename: "UnauthorizedError", permission: "EDIT_SCHEDULES" });
  });

  it("the viewer query tells the console what to disable and why", async () => {
    type Viewer = {
      viewer: {
        name: string;
        role: string;
        grants: { role: string; selection: string }[];
        permissions: string[];
        refusals: { permission: string }[];
      };
    };
    const body = (
      await api.request<Viewer>(
        `{ viewer { name role grants { role selection } permissions refusals { permission } } }`,
        {},
        { cookie },
      )
    ).data!;
    expect(body.viewer).toMatchObject({
      name: "fin@example.com",
      role: "VIEWER",
      grants: [{ role: "LAUNCHER", selection: "group:user_events" }],
      permissions: ["READ_METRICS"],
    });
    expect(body.viewer.refusals.map((r) => r.permission)).toContain("LAUNCH_RUNS");
  });
});

describe("who did what", () => {
  it("runs record the token that launched them and the audit log lists every change with its actor", async () => {
    const launched = await api.request<{ launchRun: { run: { runId: string; launchedBy: string } } }>(
      `mutation { launchRun(input: { assetSelection: [{ path: ["user_profiles"] }] }) { ... on LaunchRunSuccess { run { runId launchedBy } } } }`,
      {},
      bearer("LAUNCHER"),
    );
    expect(launched.data?.launchRun.run.launchedBy).toBe("token:launcher-token");
    const log = await api.request<{
      auditEventsOrError: { events: { actor: string; action: string; target: string }[] };
    }>(
      `{ auditEventsOrError(limit: 500) { ... on AuditEventList { events { actor action target } } } }`,
      {},
      bearer("ADMIN"),
    );
    const events = log.data!.auditEventsOrError.events;
    expect(events[0]).toEqual({
      actor: "token:launcher-token",
      action: "run.launch",
      target: launched.data!.launchRun.run.runId,
    });
    expect(events).toContainEqual({
      actor: "token:editor-token",
      action: "schedule.start",
      target: "user-events/daily_events_at_six",
    });
    expect(events).toContainEqual({ actor: "fin@example.com", action: "run.launch", target: expect.any(String) });
    expect(events.some((e) => e.actor === "token:viewer-token")).toBe(false);
  });
});
