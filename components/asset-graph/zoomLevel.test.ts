import { describe, expect, it } from "vitest";
import { GROUP_OVERVIEW_BELOW, groupLabelScale, nodeDetailAt } from "./zoomLevel";

describe("nodeDetailAt", () => {
  it("draws full nodes close up, then names, then boxes for a single group", () => {
    expect(nodeDetailAt(1)).toBe("full");
    expect(nodeDetailAt(0.45)).toBe("full");
    expect(nodeDetailAt(0.3, 1)).toBe("name");
    expect(nodeDetailAt(0.1, 1)).toBe("box");
  });

  it("draws one box per group when several groups are zoomed out past reading", () => {
    expect(nodeDetailAt(GROUP_OVERVIEW_BELOW - 0.01, 2)).toBe("groups");
    expect(nodeDetailAt(0.1, 20)).toBe("groups");
    expect(nodeDetailAt(GROUP_OVERVIEW_BELOW, 2)).not.toBe("groups");
    expect(nodeDetailAt(0.8, 20)).toBe("full");
  });
});

describe("groupLabelScale", () => {
  it("scales labels up by about the inverse of the zoom, in steps", () => {
    for (const zoom of [0.05, 0.1, 0.2, 0.33, 0.5]) {
      const onScreen = groupLabelScale(zoom) * zoom;
      expect(onScreen).toBeGreaterThanOrEqual(1);
      expect(onScreen).toBeLessThan(1.25 + 1e-9);
    }
    expect(groupLabelScale(0.1)).toBe(groupLabelScale(0.099));
    expect(groupLabelScale(0)).toBe(1);
  });
});
