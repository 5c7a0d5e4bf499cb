// Column-level lineage on AssetNode: the asset's columns, each with the columns it comes from and goes to, across
// assets. Read from the workspace's definitions and each asset's latest materialization (which wins).
import "server-only";
import {
  buildColumnGraph,
  type ColumnGraph,
  type ColumnInfo,
  type ColumnLink,
  type ColumnPath,
  type ColumnPathStep,
  type ColumnRef,
} from "../../lib/core/columnLineage";
import { readLatestMaterializationColumnMetadata } from "../../lib/store/latestMaterializationColumns";
import type { AssetKeyShape } from "../assetKeyShape";
import { builder } from "../builder";
import type { GraphQLContext } from "../context";
import { AssetKeyRef } from "./assetKey";
import { AssetNodeRef } from "./assetNode";

/** The column graph of one request: built at most once, however many assets and columns the request reads. */
const graphsByRequest = new WeakMap<GraphQLContext, Promise<ColumnGraph>>();

function columnGraph(ctx: GraphQLContext): Promise<ColumnGraph> {
  let graph = graphsByRequest.get(ctx);
  if (!graph) {
    graph = Promise.all([ctx.workspace(), readLatestMaterializationColumnMetadata(ctx.db)]).then(
      ([workspace, latest]) =>
        buildColumnGraph(
          workspace.definitions.list.map((definition) => definition.node),
          latest,
        ),
    );
    graphsByRequest.set(ctx, graph);
  }
  return graph;
}

interface AssetColumnShape {
  assetKey: string;
  info: ColumnInfo;
  graph: ColumnGraph;
}

const keyShape = (assetKey: string): AssetKeyShape => ({ path: assetKey.split("/") });

const DIRECT_LIMIT = { default: 100, max: 1000 };
const PATH_LIMIT = { default: 200, max: 1000 };
const clamp = (limit: number | null | undefined, bounds: { default: number; max: number }) =>
  Math.min(Math.max(limit ?? bounds.default, 1), bounds.max);

const AssetColumnRefRef = builder.objectRef<ColumnRef>("AssetColumnRef").implement({
  description: "A column of an asset.",
  fields: (t) => ({
    assetKey: t.field({ type: AssetKeyRef, resolve: (r) => keyShape(r.assetKey) }),
    column: t.exposeString("column"),
  }),
});

const AssetColumnLinkRef = builder.objectRef<ColumnLink>("AssetColumnLink").implement({
  description: "A column another asset's column lineage connects to this one, with what does not add up flagged.",
  fields: (t) => ({
    assetKey: t.field({ type: AssetKeyRef, resolve: (r) => keyShape(r.assetKey) }),
    column: t.exposeString("column"),
    assetExists: t.exposeBoolean("assetExists", {
      description: "False when no loaded code location defines the asset.",
    }),
    isDependency: t.exposeBoolean("isDependency", {
      description:
        "Whether the asset reading the column has the other as an upstream; lineage between unlinked assets is suspect.",
    }),
    columnKnown: t.exposeBoolean("columnKnown", {
      nullable: true,
      description: "Whether the other asset declares the column; null when it declares no columns.",
    }),
  }),
});

const AssetColumnPathStepRef = builder.objectRef<ColumnPathStep>("AssetColumnPathStep").implement({
  fields: (t) => ({
    assetKey: t.field({ type: AssetKeyRef, resolve: (r) => keyShape(r.assetKey) }),
    column: t.exposeString("column"),
    depth: t.exposeInt("depth", { description: "1 for a direct upstream (or downstream) column, 2 for one of its, …" }),
    via: t.expose("via", { type: AssetColumnRefRef, description: "The column one hop nearer the start." }),
  }),
});

const AssetColumnPathRef = builder.objectRef<ColumnPath>("AssetColumnPath").implement({
  fields: (t) => ({
    steps: t.expose("steps", { type: [AssetColumnPathStepRef] }),
    truncated: t.exposeBoolean("truncated", { description: "True when the walk stopped at its limit." }),
  }),
});

const AssetColumnRef = builder.objectRef<AssetColumnShape>("AssetColumn").implement({
  description: "A column of an asset: from its table schema, its column lineage, or another asset's lineage naming it.",
  fields: (t) => ({
    name: t.string({ resolve: (c) => c.info.name }),
    type: t.string({ nullable: true, resolve: (c) => c.info.type || null }),
    description: t.string({ nullable: true, resolve: (c) => c.info.description }),
    declared: t.boolean({
      description: "False for a column the asset does not declare but another asset's column lineage reads.",
      resolve: (c) => c.info.declared,
    }),
    upstream: t.field({
      type: [AssetColumnLinkRef],
      description: `The columns it is made of. \`limit\` is clamped to 1…${DIRECT_LIMIT.max} (default ${DIRECT_LIMIT.default}).`,
      args: { limit: t.arg.int() },
      resolve: (c, { limit }) => c.info.upstream.slice(0, clamp(limit, DIRECT_LIMIT)),
    }),
    downstream: t.field({
      type: [AssetColumnLinkRef],
      description: `The columns made from it. \`limit\` is clamped to 1…${DIRECT_LIMIT.max} (default ${DIRECT_LIMIT.default}).`,
      args: { limit: t.arg.int() },
      resolve: (c, { limit }) => c.info.downstream.slice(0, clamp(limit, DIRECT_LIMIT)),
    }),
    upstreamPath: t.field({
      type: AssetColumnPathRef,
      description: `Every column it is made of, transitively, nearest first. \`limit\` is clamped to 1…${PATH_LIMIT.max} (default ${PATH_LIMIT.default}).`,
      args: { limit: t.arg.int() },
      resolve: (c, { limit }) => c.graph.upstreamPath(c.assetKey, c.info.name, clamp(limit, PATH_LIMIT)),
    }),
    downstreamPath: t.field({
      type: AssetColumnPathRef,
      description: `Every column made from it, transitively, nearest first. \`limit\` is clamped to 1…${PATH_LIMIT.max} (default ${PATH_LIMIT.default}).`,
      args: { limit: t.arg.int() },
      resolve: (c, { limit }) => c.graph.downstreamPath(c.assetKey, c.info.name, clamp(limit, PATH_LIMIT)),
    }),
  }),
});

builder.objectFields(AssetNodeRef, (t) => ({
  columns: t.field({
    type: [AssetColumnRef],
    description:
      "The asset's columns (its latest materialization's table schema and column lineage, else its definition's), each with where it comes from and goes to.",
    resolve: async (record, _args, ctx) => {
      const graph = await columnGraph(ctx);
      return graph.columnsOf(record.key).map((info) => ({ assetKey: record.key, info, graph }));
    },
  }),
  column: t.field({
    type: AssetColumnRef,
    nullable: true,
    description: "One column by name; null when the asset has no such column.",
    args: { name: t.arg.string({ required: true }) },
    resolve: async (record, { name }, ctx) => {
      const graph = await columnGraph(ctx);
      const info = graph.column(record.key, name);
      return info ? { assetKey: record.key, info, graph } : null;
    },
  }),
  // A plain property of the view: the asset list reads it for `column:` selections in the browser.
  columnNames: t.exposeStringList("columnNames", {
    description:
      "Names of the columns the definition declares (table schema and column lineage outputs); `column:name` selects by them.",
  }),
}));
