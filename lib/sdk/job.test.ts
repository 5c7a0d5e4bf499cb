// job() and defineDefinitions({ jobs }): resolved selections, partitions, checked config and presets, clear errors.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { asset } from "./asset";
import { defineDefinitions } from "./definitions";
import { externalAsset } from "./externalAsset";
import { job } from "./job";
import { dailyPartitions, staticPartitions } from "./partitions";
import { problemsOf } from "./problemsOf.testing";
import { resource } from "./resource";
import { toDefinitionsSnapshot } from "./snapshot";

const days = dailyPartitions({ start: "2026-01-01" });
const source = externalAsset({ key: "source", group: "ingest" });
const raw = asset({
  key: "raw",
  ins: { source },
  group: "ingest",
  partitions: days,
  config: z.object({ count: z.number().int().min(1).default(10), label: z.string().optional() }),
  compute: (_inputs, ctx) => ctx.config.count,
});
const clean = asset({ key: "clean", ins: { raw }, group: "ingest", partitions: days, compute: ({ raw }) => raw });
const regional = asset({ key: "regional", partitions: staticPartitions(["us", "eu"]), compute: () => 1 });
const store = resource({
  config: z.object({ bucket: z.string() }),
  values: { bucket: "prod" },
  setup: ({ bucket }) => bucket,
});
const assets = [source, raw, clean, regional];

describe("job", () => {
  it("resolves its selection to materializable assets in order, takes their partitions and keeps presets", () => {
    const ingest = job({
      name: "ingest",
      selection: "group:ingest",
      tags: { team: "data" },
      config: { ops: { raw: { config: { count: 5 } } } },
      presets: [
        {
          name: "tiny",
          description: "One event.",
          config: { ops: { raw: { config: { count: 1 } } } },
          tags: { size: "tiny" },
        },
      ],
    });
    const definitions = defineDefinitions({ assets, jobs: [ingest], resources: { store } });
    expect(definitions.getJob("ingest")).toEqual({
      name: "ingest",
      description: null,
      selection: "group:ingest",
      assetKeys: [["raw"], ["clean"]],
      tags: { team: "data" },
      runConfig: { ops: { raw: { config: { count: 5 } } } },
      presets: [
        {
          name: "tiny",
          description: "One event.",
          runConfig: { ops: { raw: { config: { count: 1 } } } },
          tags: { size: "tiny" },
        },
      ],
      partitionsDefinition: days.snapshot,
    });
    const snapshot = toDefinitionsSnapshot(definitions);
    expect(snapshot.jobs?.map((j) => j.name)).toEqual(["ingest"]);
    expect(snapshot.resources).toEqual([
      { name: "store", configJsonSchema: expect.objectContaining({ properties: { bucket: { type: "string" } } }) },
    ]);
  });

  it("accepts a list of assets as its selection", () => {
    const definitions = defineDefinitions({ assets, jobs: [job({ name: "two", selection: [raw, clean] })] });
    expect(definitions.getJob("two")?.selection).toBe("raw or clean");
    expect(definitions.getJob("two")?.assetKeys).toEqual([["raw"], ["clean"]]);
  });

  it("rejects malformed jobs where they are written", () => {
    expect(problemsOf(() => job({ name: "no spaces", selection: "raw" }))).toEqual([
      expect.stringContaining('job(): name must hold letters, digits, "_" and "-"'),
    ]);
    expect(problemsOf(() => job({ name: "empty", selection: [] }))).toEqual([
      expect.stringContaining("selection must be a selection"),
    ]);
    expect(
      problemsOf(() =>
        job({
          name: "twice",
          selection: "raw",
          presets: [
            { name: "a", config: {} },
            { name: "a", config: {} },
          ],
        }),
      ),
    ).toEqual(['job("twice"): preset "a" is defined twice.']);
  });

  it("checks jobs against the assets: selection, partitions, config and presets, naming the job and the path", () => {
    const problems = problemsOf(() =>
      defineDefinitions({
        assets,
        jobs: [
          job({ name: "bad_selection", selection: "group:" }),
          job({ name: "sources_only", selection: "source" }),
          job({ name: "mixed", selection: "raw or regional" }),
          job({ name: "wrong_partitions", selection: "raw", partitions: staticPartitions(["x"]) }),
          job({
            name: "bad_config",
            selection: "raw",
            config: { ops: { raw: { config: { count: "many", lable: "x" } } } },
          }),
          job({
            name: "bad_preset",
            selection: "clean",
            presets: [{ name: "p", config: { ops: { raw: { config: { count: 1 } } } } }],
          }),
          job({ name: "bad_config", selection: "clean" }),
        ],
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^Job "bad_selection": selection "group:" is invalid at position 6/),
      'Job "sources_only": selection "source" matches no asset that can be materialized.',
      'Job "mixed": its assets are partitioned differently ("regional" by Static: us, eu; "raw" by Daily from 2026-01-01 (UTC)); split it into one job per partitions definition.',
      'Job "wrong_partitions": its partitions differ from those of "raw"; a job\'s runs materialize one partition of every partitioned asset it selects.',
      'Job "bad_config" config: ops.raw.config.lable: unknown field "lable"; did you mean "label"?',
      'Job "bad_config" config: ops.raw.config.count: expected integer, got "many"',
      'Job "bad_preset" preset "p": ops.raw: "raw" is not an asset of this run',
      'Job name "bad_config" is used twice; each job needs its own name.',
    ]);
  });
});
