// CodeLocation: a loaded (or broken) module of definitions, and the mutation that reloads it.
import "server-only";
import type { ReloadChange } from "../../lib/core/reloadChange";
import { reloadCodeLocation } from "../../lib/executor/reloadCodeLocation";
import { type CodeLocationRecord, type LoadError, listCodeLocations } from "../../lib/store/codeLocations";
import { audit, refusal, UnauthorizedError } from "../authorization";
import { builder } from "../builder";

const CodeLocationLoadStatus = builder.enumType("CodeLocationLoadStatus", {
  values: ["LOADING", "LOADED", "ERROR"] as const,
});

const LoadErrorRef = builder.objectRef<LoadError>("LoadError").implement({
  fields: (t) => ({ message: t.exposeString("message"), stack: t.string({ nullable: true, resolve: (e) => e.stack }) }),
});

const CodeLocationReloadChange = builder.enumType("CodeLocationReloadChange", {
  description:
    "What a reload changed: the definitions (and so the graph), only the code (a compute body, a helper), or nothing.",
  values: ["DEFINITIONS", "CODE", "NONE"] as const,
});

const CodeLocationRef = builder
  .objectRef<CodeLocationRecord & { lastReloadChange?: ReloadChange | null }>("CodeLocation")
  .implement({
    fields: (t) => ({
      id: t.exposeID("id"),
      name: t.exposeString("name"),
      modulePath: t.exposeString("modulePath"),
      kind: t.string({
        description: "MODULE: user code at modulePath. OPENLINEAGE: the lineage received at /api/v1/lineage.",
        resolve: (l) => l.kind,
      }),
      loadStatus: t.field({ type: CodeLocationLoadStatus, resolve: (l) => l.loadStatus }),
      loadError: t.field({
        type: LoadErrorRef,
        nullable: true,
        resolve: (l) => (l.loadStatus === "ERROR" ? l.loadError : null),
      }),
      updatedTimestamp: t.string({ resolve: (l) => l.updatedAt.toISOString() }),
      assetCount: t.int({ resolve: (l) => l.snapshot?.assets.length ?? 0 }),
      codeHash: t.string({
        nullable: true,
        description: "The content hash of the module and the local files it imports, as last loaded.",
        resolve: (l) => l.codeHash,
      }),
      lastReloadChange: t.field({
        type: CodeLocationReloadChange,
        nullable: true,
        description:
          "Set on the result of reloadCodeLocation: what that reload changed; null elsewhere and when the load failed.",
        resolve: (l) => l.lastReloadChange ?? null,
      }),
    }),
  });

export const CodeLocationNotFoundError = builder.objectRef<{ message: string }>("CodeLocationNotFoundError").implement({
  fields: (t) => ({ message: t.exposeString("message") }),
});

const ReloadCodeLocationResult = builder.unionType("ReloadCodeLocationResult", {
  types: [CodeLocationRef, CodeLocationNotFoundError, UnauthorizedError],
  resolveType: (value) =>
    "loadStatus" in value
      ? CodeLocationRef
      : "kind" in value && value.kind === "unauthorized"
        ? UnauthorizedError
        : CodeLocationNotFoundError,
});

builder.queryFields((t) => ({
  codeLocations: t.field({ type: [CodeLocationRef], resolve: (_root, _args, ctx) => listCodeLocations(ctx.db) }),
}));

builder.mutationFields((t) => ({
  reloadCodeLocation: t.field({
    type: ReloadCodeLocationResult,
    args: { name: t.arg.string({ required: true }) },
    resolve: async (_root, { name }, ctx) => {
      const refused = await refusal(ctx, "RELOAD_CODE_LOCATIONS");
      if (refused) return refused;
      const reloaded = await reloadCodeLocation(ctx.db, name);
      if (!reloaded)
        return {
          message: `No code location named "${name.slice(0, 100)}". Code locations come from strata.config.ts.`,
        };
      await audit(ctx, {
        action: "code_location.reload",
        target: name,
        details: { loadStatus: reloaded.loadStatus, change: reloaded.lastReloadChange },
      });
      return reloaded;
    },
  }),
}));
