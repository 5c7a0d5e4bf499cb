import { describe, expect, it } from "vitest";
import { decideAccess, permissionsHeld } from "./access";
import { ANONYMOUS, LOCAL_ADMIN, type Principal } from "./principal";

const finance = new Set(["finance/ledger", "finance/revenue"]);
const select = (selection: string) => (selection === "group:finance" ? finance : null);
const viewer: Principal = { kind: "user", name: "vera@example.com", role: "VIEWER", grants: [] };
const scoped: Principal = {
  kind: "user",
  name: "fin@example.com",
  role: "VIEWER",
  grants: [{ role: "LAUNCHER", selection: "group:finance" }],
};

describe("decideAccess", () => {
  it("each role holds its own permissions and those of the roles below it", () => {
    expect(decideAccess({ ...viewer, role: "LAUNCHER" }, "LAUNCH_RUNS").allowed).toBe(true);
    expect(decideAccess({ ...viewer, role: "LAUNCHER" }, "EDIT_SCHEDULES").allowed).toBe(false);
    expect(decideAccess({ ...viewer, role: "EDITOR" }, "LAUNCH_BACKFILLS").allowed).toBe(true);
    expect(decideAccess({ ...viewer, role: "EDITOR" }, "MANAGE_USERS").allowed).toBe(false);
    expect(decideAccess(LOCAL_ADMIN, "MANAGE_TOKENS").allowed).toBe(true);
  });

  it("a refusal names the permission, the role it needs and the role held", () => {
    expect(decideAccess(viewer, "TERMINATE_RUNS")).toEqual({
      allowed: false,
      message: "Terminating runs needs the Launcher role (permission TERMINATE_RUNS); vera@example.com is a Viewer.",
    });
    expect(decideAccess(ANONYMOUS, "LAUNCH_RUNS")).toMatchObject({
      allowed: false,
      message: expect.stringContaining("you are not signed in"),
    });
  });

  it("a grant on a selection covers launches of its assets only", () => {
    expect(decideAccess(scoped, "LAUNCH_RUNS", { keys: ["finance/ledger"], select }).allowed).toBe(true);
    const outside = decideAccess(scoped, "LAUNCH_RUNS", { keys: ["finance/ledger", "raw_events"], select });
    expect(outside).toEqual({
      allowed: false,
      message:
        "Launching runs needs the Launcher role (permission LAUNCH_RUNS) for every asset it touches; fin@example.com holds it only for group:finance, which does not include raw_events.",
    });
  });

  it("a grant never reaches permissions that are not about assets", () => {
    expect(decideAccess(scoped, "RELOAD_CODE_LOCATIONS", { keys: ["finance/ledger"], select }).allowed).toBe(false);
    expect(decideAccess(scoped, "LAUNCH_RUNS").allowed).toBe(false);
  });

  it("a grant whose selection no longer parses covers nothing", () => {
    const broken: Principal = { ...scoped, grants: [{ role: "ADMIN", selection: "group:(" }] };
    expect(decideAccess(broken, "LAUNCH_RUNS", { keys: ["finance/ledger"], select }).allowed).toBe(false);
  });

  it("lists the permissions a role holds everywhere", () => {
    expect(permissionsHeld(viewer)).toEqual(["READ_METRICS"]);
    expect(permissionsHeld({ ...viewer, role: "LAUNCHER" })).toEqual([
      "READ_METRICS",
      "LAUNCH_RUNS",
      "TERMINATE_RUNS",
      "LAUNCH_BACKFILLS",
      "CANCEL_BACKFILLS",
      "REPORT_ASSET_EVENTS",
    ]);
    expect(permissionsHeld(ANONYMOUS)).toEqual([]);
  });
});
