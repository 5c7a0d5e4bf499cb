// What the console disables for whom: the local admin, a viewer, a viewer with a launcher grant, and before it knows.
import { describe, expect, it } from "vitest";
import type { Viewer } from "./useViewer";
import { refusedControlProps, viewerMay } from "./viewerPermission";

const LAUNCH_REFUSAL = "Launching runs needs the Launcher role (permission LAUNCH_RUNS); ada@example.com is a Viewer.";

function buildViewer(overrides: Partial<Viewer> = {}): Viewer {
  return {
    name: "ada@example.com",
    kind: "USER",
    role: "VIEWER",
    grants: [],
    permissions: [],
    refusals: [
      { permission: "LAUNCH_RUNS", message: LAUNCH_REFUSAL },
      {
        permission: "EDIT_SCHEDULES",
        message:
          "Turning schedules on and off needs the Editor role (permission EDIT_SCHEDULES); ada@example.com is a Viewer.",
      },
    ],
    signInEnabled: true,
    ...overrides,
  };
}

describe("viewerMay", () => {
  it("allows what the viewer holds everywhere", () => {
    const admin = buildViewer({
      name: "local",
      kind: "LOCAL",
      role: "ADMIN",
      permissions: ["LAUNCH_RUNS", "EDIT_SCHEDULES"],
      refusals: [],
    });
    expect(viewerMay(admin, "LAUNCH_RUNS")).toEqual({ allowed: true, throughGrants: false, refusal: null });
  });

  it("refuses with the API's sentence what the viewer holds nowhere", () => {
    const answer = viewerMay(buildViewer(), "LAUNCH_RUNS");
    expect(answer.allowed).toBe(false);
    expect(answer.refusal).toBe(LAUNCH_REFUSAL);
  });

  it("keeps an asset permission allowed when a grant holds it somewhere, leaving the API to decide per asset", () => {
    const granted = buildViewer({ grants: [{ role: "LAUNCHER", selection: "group:finance" }] });
    expect(viewerMay(granted, "LAUNCH_RUNS")).toEqual({ allowed: true, throughGrants: true, refusal: null });
  });

  it("does not let a grant stand in for a permission that is not about assets", () => {
    const granted = buildViewer({ grants: [{ role: "ADMIN", selection: "group:finance" }] });
    expect(viewerMay(granted, "EDIT_SCHEDULES").allowed).toBe(false);
  });

  it("does not count a grant whose role is too low", () => {
    const granted = buildViewer({ grants: [{ role: "VIEWER", selection: "*" }] });
    expect(viewerMay(granted, "LAUNCH_RUNS").refusal).toBe(LAUNCH_REFUSAL);
  });

  it("enables everything until the viewer is known", () => {
    expect(viewerMay(undefined, "MANAGE_USERS").allowed).toBe(true);
  });

  it("names the permission when the API gave no sentence for it", () => {
    expect(viewerMay(buildViewer(), "MANAGE_TOKENS").refusal).toContain("MANAGE_TOKENS");
  });
});

describe("refusedControlProps", () => {
  it("marks a refused control aria-disabled with the refusal as its title", () => {
    expect(refusedControlProps(LAUNCH_REFUSAL)).toEqual({ "aria-disabled": true, title: LAUNCH_REFUSAL });
    expect(refusedControlProps(null)).toEqual({});
  });
});
