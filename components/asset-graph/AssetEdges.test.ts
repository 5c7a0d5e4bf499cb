// The group overview's edges: one per pair of groups with lineage between them, whatever the number of asset edges.
import { describe, expect, it } from "vitest";
import { edgeChunks, groupEdgeChunks, nodeBoxes } from "./AssetEdges";
import { layoutAssetGraph } from "./layoutAssetGraph";

const layout = layoutAssetGraph({
  assets: ["raw/a", "raw/b", "raw/c", "marts/x", "marts/y", "reports/r"].map((id) => ({
    id,
    groupName: id.split("/")[0]!,
  })),
  edges: [
    { source: "raw/a", target: "raw/b" },
    { source: "raw/a", target: "marts/x" },
    { source: "raw/b", target: "marts/x" },
    { source: "raw/c", target: "marts/y" },
    { source: "marts/x", target: "reports/r" },
    { source: "marts/y", target: "reports/r" },
  ],
  collapsedGroups: [],
});

describe("groupEdgeChunks", () => {
  it("draws one edge per pair of groups, box to box, and none inside a group", () => {
    const boxes = nodeBoxes(layout);
    const chunks = groupEdgeChunks(layout, boxes);
    const lines = chunks.flatMap((c) => c.lines);
    expect(lines).toHaveLength(2);
    expect(edgeChunks(boxes, layout.edges).flatMap((c) => c.lines)).toHaveLength(6);
    const group = (name: string) => layout.groups.find((g) => g.name === name)!;
    // raw → marts: from the right of raw's box into marts' box.
    const rawToMarts = chunks.find((c) => c.key === group("marts").id)!.lines[0]!;
    expect(rawToMarts.sourceX).toBe(group("raw").x + group("raw").width);
    expect(chunks.map((c) => c.key).sort()).toEqual([group("marts").id, group("reports").id].sort());
  });
});
