// CodeLocation: a loaded (or broken) module of definitions, and the mutation that reloads it.
import { reloadCodeLocation } from "../../lib/executor/reloadCodeLocation";
import { type CodeLocationRecord, type LoadError, listCodeLocations } from "../../lib/store/codeLocations";
import { audit, refusal, UnauthorizedError } from "../authorization";
import { builder } from "../builder";

const CodeLocationLoadStatus = builder.enumType("CodeLocationLoadStatus", { values: ["LOADING", "LOADED", "ERROR"] as const });

const LoadErrorRef = builder.objectRef<LoadError>("LoadError").implement({
  fields: (t) => ({ message: t.exposeString("message"), stack: t.string({ nullable: true, resolve: (e) => e.stack }) }),
});

const CodeLocationRef = builder.objectRef<CodeLocationRecord>("CodeLocation").implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    modulePath: t.exposeString("modulePath"),
    loadStatus: t.field({ type: CodeLocationLoadStatus, resolve: (l) => l.loadStatus }),
    loadError: t.field({ type: LoadErrorRef, nullable: true, resolve: (l) => (l.loadStatus === "ERROR" ? l.loadError : null) }),
    updatedTimestamp: t.string({ resolve: (l) => l.updatedAt.toISOString() }),
    assetCount: t.int({ resolve: (l) => l.snapshot?.assets.length ?? 0 }),
  }),
});

export const CodeLocationNotFoundError = builder.objectRef<{ message: string }>("CodeLocationNotFoundError").implement({
  fields: (t) => ({ message: t.exposeString("message") }),
});

const ReloadCodeLocationResult = builder.unionType("ReloadCodeLocationResult", {
  types: [CodeLocationRef, CodeLocationNotFoundError, UnauthorizedError],
  resolveType: (value) => ("loadStatus" in value ? CodeLocationRef : "kind" in value && value.kind === "unauthorized" ? UnauthorizedError : CodeLocationNotFoundError),
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
      if (!reloaded) return { message: `No code location named "${name.slice(0, 100)}". Code locations come from strata.config.ts.` };
      await audit(ctx, { action: "code_location.reload", target: name, details: { loadStatus: reloaded.loadStatus } });
      return reloaded;
    },
  }),
}));
