// The asset graph by group (graphql/assetGraphGroups.ts): the overview the console opens a large graph on, and one or
// a few groups' assets on demand. Read like the other asset reads (the sign-in gate of requireSignIn), bounded input.
import "server-only";
import {
  type AssetGraphGroupsAnswer,
  type AssetGraphOverview,
  type AssetGroupSummary,
  assetGraphGroups,
  assetGraphOverview,
  type GroupEdge,
  type GroupStatusCounts,
  MAX_GROUPS_PER_REQUEST,
} from "../assetGraphGroups";
import { builder } from "../builder";
import { AssetNodeRef } from "./assetNode";
import { InvalidInputError } from "./user";

const GroupStatusCountsRef = builder.objectRef<GroupStatusCounts>("AssetGroupStatusCounts").implement({
  description: "How a group's assets stand: each by its latest materialization state, and how many are stale.",
  fields: (t) => ({
    materialized: t.exposeInt("materialized"),
    failed: t.exposeInt("failed"),
    neverMaterialized: t.exposeInt("neverMaterialized"),
    source: t.exposeInt("source"),
    stale: t.exposeInt("stale"),
  }),
});

const AssetGroupSummaryRef = builder.objectRef<AssetGroupSummary>("AssetGroupSummary").implement({
  fields: (t) => ({
    name: t.exposeString("name"),
    codeLocationNames: t.exposeStringList("codeLocationNames"),
    assetCount: t.exposeInt("assetCount"),
    statusCounts: t.expose("statusCounts", { type: GroupStatusCountsRef }),
  }),
});

const GroupEdgeRef = builder.objectRef<GroupEdge>("AssetGroupEdge").implement({
  description: "Assets of `target` that read assets of `source`: one edge for `assetEdgeCount` asset edges.",
  fields: (t) => ({
    source: t.exposeString("source"),
    target: t.exposeString("target"),
    assetEdgeCount: t.exposeInt("assetEdgeCount"),
  }),
});

const AssetGraphOverviewRef = builder.objectRef<AssetGraphOverview>("AssetGraphOverview").implement({
  fields: (t) => ({
    assetCount: t.exposeInt("assetCount"),
    overviewFirst: t.exposeBoolean("overviewFirst", {
      description: "Whether the graph is large enough that the console opens it on its groups.",
    }),
    groups: t.expose("groups", { type: [AssetGroupSummaryRef] }),
    groupEdges: t.expose("groupEdges", { type: [GroupEdgeRef] }),
  }),
});

const AssetEdgeRef = builder.objectRef<{ source: string; target: string }>("AssetGraphEdge").implement({
  description: "An asset edge as key strings (path parts joined by /): `target` reads `source`.",
  fields: (t) => ({ source: t.exposeString("source"), target: t.exposeString("target") }),
});

const AssetGraphGroupsRef = builder.objectRef<AssetGraphGroupsAnswer>("AssetGraphGroups").implement({
  fields: (t) => ({
    assets: t.expose("assets", { type: [AssetNodeRef], description: "The named groups' assets." }),
    linkedAssets: t.expose("linkedAssets", {
      type: [AssetNodeRef],
      description: "Assets of other groups one edge away from the named groups' assets.",
    }),
    edges: t.expose("edges", { type: [AssetEdgeRef], description: "Every asset edge touching the named groups." }),
  }),
});

const AssetGraphGroupsResult = builder.unionType("AssetGraphGroupsResult", {
  types: [AssetGraphGroupsRef, InvalidInputError],
  resolveType: (value) => (value.kind === "groups" ? AssetGraphGroupsRef : InvalidInputError),
});

builder.queryFields((t) => ({
  assetGraphOverview: t.field({
    type: AssetGraphOverviewRef,
    description: "The asset graph by group, without its assets: what a graph too large to draw whole opens on.",
    resolve: async (_root, _args, ctx) => assetGraphOverview(await ctx.assetNodeIndex()),
  }),
  assetGraphGroups: t.field({
    type: AssetGraphGroupsResult,
    description: `The assets of up to ${MAX_GROUPS_PER_REQUEST} groups with every asset edge touching them, and the assets of other groups at the far end of those edges.`,
    args: { groupNames: t.arg.stringList({ required: true }) },
    resolve: async (_root, { groupNames }, ctx) => {
      // Bounded before anything is read.
      if (groupNames.length > MAX_GROUPS_PER_REQUEST)
        return {
          kind: "invalidInput" as const,
          field: "groupNames",
          message: `at most ${MAX_GROUPS_PER_REQUEST} groups a request; ${groupNames.length} were named.`,
        };
      return assetGraphGroups(await ctx.assetNodeIndex(), groupNames);
    },
  }),
}));
