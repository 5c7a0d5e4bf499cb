import { describe, expect, it } from "vitest";
import { clientKeySpace } from "./clientKeySpace";
import { gridColumns, gridLaunch, launchSelectionText, notSharingReason, parseGridAssets } from "./multiAssetGrid";
import { MAX_GRID_ASSETS } from "./partitionGridLinks";

const days = {
  name: "date",
  kind: "TIME_WINDOW" as const,
  keys: ["2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04"],
};
const regions = { name: "region", kind: "STATIC" as const, keys: ["americas", "emea", "apac"] };

describe("parseGridAssets", () => {
  it("keeps each key once, as asset URLs write it", () => {
    expect(parseGridAssets(["raw_events", " analytics/daily_active_users/ ", "raw_events", ""])).toEqual({
      ok: true,
      keys: ["raw_events", "analytics/daily_active_users"],
    });
  });

  it("refuses no assets, and more than the limit naming those beyond it", () => {
    expect(parseGridAssets([])).toMatchObject({ ok: false, title: "No assets to show" });
    const many = Array.from({ length: MAX_GRID_ASSETS + 2 }, (_, i) => `a${i}`);
    const parsed = parseGridAssets(many);
    expect(parsed).toMatchObject({
      ok: false,
      title: "Too many assets",
      keys: [`a${MAX_GRID_ASSETS}`, `a${MAX_GRID_ASSETS + 1}`],
    });
    if (!parsed.ok) expect(parsed.message).toContain(`Beyond the limit: a${MAX_GRID_ASSETS}, a${MAX_GRID_ASSETS + 1}.`);
  });
});

describe("notSharingReason", () => {
  const daily = { kind: "TIME_WINDOW", description: "Daily from 2026-01-01", dimensionNames: [] };
  it("names why an asset is left out of the grid", () => {
    expect(notSharingReason(daily, daily, false)).toBeNull();
    expect(notSharingReason(daily, null, false)).toBe("not partitioned");
    expect(notSharingReason(daily, daily, true)).toBe("a source asset: observed, not materialized");
    expect(notSharingReason(daily, { ...daily, description: "Weekly from 2026-01-05" }, false)).toBe(
      "partitioned differently: Weekly from 2026-01-05 (the grid shows Daily from 2026-01-01)",
    );
  });
});

describe("gridColumns and the launch", () => {
  it("lays one dimension out as it is", () => {
    expect(gridColumns([days], null)).toMatchObject({ keys: days.keys, positions: [0, 1, 2, 3], fixed: null });
  });

  it("lays two dimensions out along time, at one key of the other", () => {
    const columns = gridColumns([days, regions], "emea");
    // date-major flat indexes: day d, region r is d × 3 + r.
    expect(columns).toMatchObject({ name: "date", positions: [1, 4, 7, 10], fixed: { name: "region", key: "emea" } });
    const flipped = gridColumns([regions, days], null);
    expect(flipped).toMatchObject({ name: "date", positions: [0, 1, 2, 3], fixed: { key: "americas" } });
  });

  it("launches the columns of a rectangle across rows as one partition set", () => {
    // Rows 0 and 1 of 4 columns, columns 1…2 of each.
    const launch = gridLaunch(
      [
        [1, 2],
        [5, 6],
      ],
      4,
    );
    expect(launch).toEqual({ rows: [0, 1], columns: [[1, 2]], uniform: true });
    const space = clientKeySpace([days, regions]);
    const columns = gridColumns([days, regions], "emea");
    expect(launchSelectionText(space, columns!, launch.columns)).toBe("2026-01-02|emea...2026-01-03|emea");
  });

  it("says when rows selected different columns, launching their union", () => {
    expect(
      gridLaunch(
        [
          [0, 0],
          [6, 7],
        ],
        4,
      ),
    ).toEqual({
      rows: [0, 1],
      columns: [
        [0, 0],
        [2, 3],
      ],
      uniform: false,
    });
  });
});
