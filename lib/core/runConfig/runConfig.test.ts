// Run config: zod schemas → the document's JSON Schema, validation messages, YAML text and scaffolding.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { configJsonSchema } from "../../sdk/config";
import {
  formatConfigError,
  type JsonSchema,
  LOCKED_FIELD,
  parseRunConfigText,
  runConfigSchema,
  scaffoldRunConfigText,
  validateRunConfig,
} from "./index";

const enrichedConfig = z.object({
  lookback_days: z.number().int().min(1).default(7).describe("Days of history to join."),
  dedupe_keys: z.array(z.string()).min(1).default(["event_id"]),
  region: z.enum(["americas", "emea", "apac"]),
  note: z.string().nullable().optional(),
});
const warehouseConfig = z.object({ url: z.string(), schema: z.string().default("public") });

const schema = runConfigSchema(
  [
    { key: "enriched_events", configJsonSchema: configJsonSchema(enrichedConfig) as JsonSchema },
    {
      key: "raw_events",
      configJsonSchema: configJsonSchema(z.object({ eventCount: z.number().int().default(500) })) as JsonSchema,
    },
    { key: "user_profiles", configJsonSchema: null },
  ],
  [{ name: "warehouse", configJsonSchema: configJsonSchema(warehouseConfig) as JsonSchema }],
);

const RESOURCES_BLOCK =
  '# Resources keep the values set in code; uncomment a field to override it at this launch.\n# resources:\n#   warehouse:\n#     config:\n#       url: ""  # string\n#       schema: "public"  # string\n';

const messages = (value: unknown) => validateRunConfig(schema, value).map(formatConfigError);

describe("runConfigSchema", () => {
  it("puts each asset's schema under ops.<key>.config, requiring it only when a field has no default", () => {
    const ops = schema.properties?.ops;
    expect(ops?.required).toEqual(["enriched_events"]);
    expect(ops?.properties?.enriched_events?.required).toEqual(["config"]);
    expect(ops?.properties?.raw_events?.required).toBeUndefined();
    const config = ops?.properties?.enriched_events?.properties?.config;
    expect(config?.required).toEqual(["region"]);
    expect(config?.properties?.lookback_days).toMatchObject({
      type: "integer",
      minimum: 1,
      default: 7,
      description: "Days of history to join.",
    });
    expect(config?.additionalProperties).toBe(false);
    expect(config?.$schema).toBeUndefined();
  });

  it("makes every resource field optional: the code location's values fill the rest", () => {
    const warehouse = schema.properties?.resources?.properties?.warehouse?.properties?.config;
    expect(warehouse?.required).toBeUndefined();
    expect(Object.keys(warehouse?.properties ?? {})).toEqual(["url", "schema"]);
  });
});

describe("validateRunConfig", () => {
  it("accepts a complete document", () => {
    expect(
      messages({
        ops: { enriched_events: { config: { region: "emea", lookback_days: 3 } } },
        resources: { warehouse: { config: { schema: "dev" } } },
      }),
    ).toEqual([]);
  });

  it("names the path and the reason of every error at once", () => {
    expect(
      messages({
        ops: {
          enriched_events: {
            config: { region: "mars", lookback_days: "seven", dedupe_keys: [], note: 5, lookback_dys: 1 },
          },
        },
      }),
    ).toEqual([
      'ops.enriched_events.config.lookback_dys: unknown field "lookback_dys"; did you mean "lookback_days"?',
      'ops.enriched_events.config.lookback_days: expected integer, got "seven"',
      "ops.enriched_events.config.dedupe_keys: must NOT have fewer than 1 items, got a list",
      'ops.enriched_events.config.region: expected one of "americas", "emea", "apac", got "mars"',
      "ops.enriched_events.config.note: expected string or null, got 5",
    ]);
  });

  it("says which asset needs config and which fields are missing", () => {
    expect(messages({})).toEqual(["ops: required field is missing"]);
    expect(messages({ ops: {} })).toEqual([
      'ops.enriched_events: asset "enriched_events" has required config; add ops.enriched_events.config',
    ]);
    expect(messages({ ops: { enriched_events: { config: {} } } })).toEqual([
      "ops.enriched_events.config.region: required field is missing",
    ]);
  });

  it("explains entries for assets outside the run, assets without config and unknown sections", () => {
    expect(
      messages({
        ops: {
          enriched_events: { config: { region: "emea" } },
          enriched_event: {},
          user_profiles: { config: { x: 1 } },
        },
        resource: {},
      }),
    ).toEqual([
      'resource: unknown section "resource"; run config has "ops" (asset config) and "resources"',
      'ops.enriched_event: "enriched_event" is not an asset of this run; did you mean "enriched_events"?',
      'ops.user_profiles.config: asset "user_profiles" takes no config; remove this entry',
    ]);
  });
});

describe("parseRunConfigText", () => {
  it("reads YAML and JSON, and empty text as an empty document", () => {
    expect(parseRunConfigText("ops:\n  raw_events:\n    config:\n      eventCount: 5\n")).toEqual({
      ok: true,
      value: { ops: { raw_events: { config: { eventCount: 5 } } } },
    });
    expect(parseRunConfigText('{"ops": {}}')).toEqual({ ok: true, value: { ops: {} } });
    expect(parseRunConfigText("  \n")).toEqual({ ok: true, value: {} });
  });

  it("locates syntax errors by line and column, with their character range", () => {
    const parsed = parseRunConfigText("ops:\n  raw_events: [1, 2\n");
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors[0]?.message).toMatch(/^Run config is not valid YAML at line \d+, column \d+: /);
    expect(parsed.errors[0]?.range?.from).toBeGreaterThan(0);
  });

  it("refuses a document that is not a mapping", () => {
    const parsed = parseRunConfigText("- a\n- b\n");
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^Run config must be a mapping/),
    ]);
  });
});

describe("scaffoldRunConfigText", () => {
  it("fills an empty document with every field: defaults, and placeholders for required fields", () => {
    const text = scaffoldRunConfigText(schema, "");
    expect(text).toBe(
      `ops:\n  enriched_events:\n    config:\n      lookback_days: 7\n      dedupe_keys:\n        - event_id\n      region: americas\n  raw_events:\n    config:\n      eventCount: 500\n\n${RESOURCES_BLOCK}`,
    );
    const parsed = parseRunConfigText(text);
    expect(parsed.ok && validateRunConfig(schema, parsed.value)).toEqual([]);
  });

  it("keeps what was written, comments included, and adds only what is missing", () => {
    const text = "# tuned for the nightly run\nops:\n  raw_events:\n    config:\n      eventCount: 50 # small\n";
    expect(scaffoldRunConfigText(schema, text)).toBe(
      `# tuned for the nightly run\nops:\n  raw_events:\n    config:\n      eventCount: 50 # small\n  enriched_events:\n    config:\n      lookback_days: 7\n      dedupe_keys:\n        - event_id\n      region: americas\n\n${RESOURCES_BLOCK}`,
    );
    const complete =
      "ops:\n  enriched_events:\n    config:\n      lookback_days: seven\n      dedupe_keys: [a]\n      region: emea\n  raw_events:\n    config:\n      eventCount: 1\nresources:\n  warehouse:\n    config:\n      schema: dev\n";
    expect(scaffoldRunConfigText(schema, complete)).toBe(complete);
  });

  it("leaves text that does not parse alone", () => {
    expect(scaffoldRunConfigText(schema, "ops: [")).toBe("ops: [");
  });

  it("shows resources commented out, so scaffolding never overrides a value set in code", () => {
    const text = scaffoldRunConfigText(schema, "");
    const parsed = parseRunConfigText(text);
    expect(parsed.ok && (parsed.value as { resources?: unknown }).resources).toBeUndefined();
    // Uncommenting a field gives a document that overrides it, and validates.
    const uncommented = text.replace("#   warehouse:", "  warehouse:").replace("# resources:", "resources:");
    const overriding = uncommented
      .replace("#     config:", "    config:")
      .replace('#       schema: "public"', '      schema: "dev"');
    const reparsed = parseRunConfigText(overriding);
    expect(reparsed.ok && (reparsed.value as { resources?: unknown }).resources).toEqual({
      warehouse: { config: { schema: "dev" } },
    });
    // Scaffolding again adds nothing more.
    expect(scaffoldRunConfigText(schema, text)).toBe(text);
  });

  it("leaves out resource fields code does not allow to override", () => {
    const locked = runConfigSchema(
      [],
      [
        {
          name: "db",
          configJsonSchema: {
            type: "object",
            properties: { url: { type: "string", [LOCKED_FIELD]: true }, pool: { type: "integer", default: 2 } },
          },
        },
      ],
    );
    expect(scaffoldRunConfigText(locked, "")).toBe(
      "# Resources keep the values set in code; uncomment a field to override it at this launch.\n# resources:\n#   db:\n#     config:\n#       pool: 2  # integer\n",
    );
  });
});
