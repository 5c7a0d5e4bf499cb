import { describe, expect, it } from "vitest";
import {
  fitMinZoom,
  GROUP_FOCUS_MIN_ZOOM,
  GROUP_OVERVIEW_BELOW,
  groupLabelScale,
  minZoomFor,
  nodeDetailAt,
} from "./zoomLevel";

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

describe("minZoomFor", () => {
  it("is 0.1 for a layout that fits at 0.1, and far enough out to see the whole of a larger one", () => {
    expect(minZoomFor(5_000, 3_000, 1_200, 800)).toBe(0.1);
    const zoom = minZoomFor(80_000, 56_000, 1_200, 800);
    expect(zoom).toBeLessThan(0.1);
    expect(80_000 * zoom).toBeLessThanOrEqual(1_200);
    expect(56_000 * zoom).toBeLessThanOrEqual(800);
    expect(minZoomFor(0, 0, 0, 0)).toBe(0.1);
  });

  it("leaves a group clicked in the overview drawn as its assets", () => {
    expect(nodeDetailAt(GROUP_FOCUS_MIN_ZOOM, 1_000)).not.toBe("groups");
  });
});

describe("fitMinZoom", () => {
  it("fits a graph of several groups whole, and stops a single group's fit where its assets can still be clicked", () => {
    expect(fitMinZoom(0.02, 1_000)).toBe(0.02);
    expect(fitMinZoom(0.02, 1)).toBe(0.1);
    expect(fitMinZoom(0.02, 0)).toBe(0.1);
    expect(fitMinZoom(0.1, 0)).toBe(0.1);
  });
});
