import { describe, expect, it } from "vitest";
import { materialize } from "../executor/engine/materialize";
import { asset } from "./asset";
import { externalAsset } from "./externalAsset";
import { meta, toMetadataValues } from "./metadata";
import { problemsOf } from "./problemsOf.testing";
import { toAssetNodeSnapshot } from "./snapshot";

const rawUsers = externalAsset({
  key: "raw/users",
  metadata: { schema: meta.tableSchema([{ name: "id", type: "int" }]) },
});

describe("meta.columnLineage", () => {
  it("accepts asset definitions and keys, and stores key paths", () => {
    const users = asset({
      key: "users",
      deps: [rawUsers, "raw/events"],
      metadata: {
        schema: meta.tableSchema([{ name: "user_id", type: "int" }]),
        column_lineage: meta.columnLineage({
          user_id: [
            { asset: rawUsers, column: "id" },
            { asset: ["raw", "events"], column: "user_id" },
          ],
          signup_day: [{ asset: "raw/events", column: "at" }],
          constant: [],
        }),
      },
      compute: () => [],
    });
    expect(toAssetNodeSnapshot(users).metadata.column_lineage).toEqual({
      type: "column_lineage",
      value: {
        depsByColumn: {
          user_id: [
            { assetKey: ["raw", "users"], column: "id" },
            { assetKey: ["raw", "events"], column: "user_id" },
          ],
          signup_day: [{ assetKey: ["raw", "events"], column: "at" }],
          constant: [],
        },
      },
    });
  });

  it("names the column and the fix for each bad dependency", () => {
    const bad = meta.columnLineage({
      user_id: [{ column: "id" } as never, { asset: rawUsers, column: "" }, { asset: "raw users", column: "id" }],
      email: "raw/users.email" as never,
    });
    expect(toMetadataValues({ column_lineage: bad }).problems).toEqual([
      'metadata "column_lineage" (meta.columnLineage): column "user_id", dependency 0 has no asset; pass the upstream asset definition or its key, e.g. { asset: rawUsers, column: "id" } or { asset: "raw/users", column: "id" }.',
      'metadata "column_lineage" (meta.columnLineage): column "user_id", dependency 1 needs the upstream column\'s name, e.g. { asset: …, column: "id" }.',
      'metadata "column_lineage" (meta.columnLineage): column "user_id", dependency 2 names an invalid asset: Asset key "raw users" has an invalid segment "raw users"; segments may contain only letters, digits, "_", "." and "-".',
      'metadata "column_lineage" (meta.columnLineage): column "email" must list its upstream columns in an array, e.g. "email": [{ asset: rawUsers, column: "id" }] ([] when it reads none).',
    ]);
  });

  it("rejects an asset whose lineage reads an asset that is not its upstream, naming the column", () => {
    expect(
      problemsOf(() =>
        asset({
          key: "users",
          deps: ["raw/events"],
          metadata: { column_lineage: meta.columnLineage({ user_id: [{ asset: rawUsers, column: "id" }] }) },
          compute: () => [],
        }),
      ),
    ).toEqual([
      'Asset "users": metadata "column_lineage" says column "user_id" reads column "id" of "raw/users", which is not an upstream of this asset; add it to deps (deps: ["raw/users"]) or ins, or fix the key.',
    ]);
    expect(
      problemsOf(() =>
        externalAsset({
          key: "crm/users",
          metadata: { column_lineage: meta.columnLineage({ id: [{ asset: rawUsers, column: "id" }] }) },
        }),
      ),
    ).toEqual([
      'Asset "crm/users": metadata "column_lineage" says column "id" reads column "id" of "raw/users", but an external asset has no upstream assets; remove the dependency, or declare the asset with asset({ deps: ["raw/users"] }).',
    ]);
  });

  it("reports invalid lineage as a definition problem naming the asset", () => {
    expect(
      problemsOf(() =>
        asset({
          key: "users",
          deps: [rawUsers],
          metadata: { column_lineage: meta.columnLineage({ user_id: [{ asset: rawUsers, column: 3 as never }] }) },
          compute: () => [],
        }),
      ),
    ).toEqual([
      'Asset "users": metadata "column_lineage" (meta.columnLineage): column "user_id", dependency 0 needs the upstream column\'s name, e.g. { asset: …, column: "id" }.',
    ]);
  });

  it("records column lineage on a materialization with ctx.addOutputMetadata, and fails the step when it is invalid", async () => {
    const source = asset({ key: "source", compute: () => [{ id: 1 }] });
    const copy = asset({
      key: "copy",
      ins: { source },
      compute: (_inputs, ctx) => {
        ctx.addOutputMetadata({ column_lineage: meta.columnLineage({ id: [{ asset: source, column: "id" }] }) });
        return [];
      },
    });
    const result = await materialize([source, copy]);
    expect(result.metadataFor(copy).column_lineage).toEqual({
      type: "column_lineage",
      value: { depsByColumn: { id: [{ assetKey: ["source"], column: "id" }] } },
    });

    const broken = asset({
      key: "broken",
      ins: { source },
      compute: (_inputs, ctx) => {
        ctx.addOutputMetadata({ column_lineage: meta.columnLineage({ id: [{ asset: source, column: "" }] }) });
        return [];
      },
    });
    const failed = await materialize([source, broken]);
    expect(failed.success).toBe(false);
    const failure = failed.events.find((event) => event.type === "STEP_FAILURE");
    expect(JSON.stringify(failure)).toContain(
      'ctx.addOutputMetadata: metadata \\"column_lineage\\" (meta.columnLineage): column \\"id\\", dependency 0 needs',
    );
  });
});
