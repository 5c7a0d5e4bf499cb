// Secret masking, locked resource fields and the parser's guards against hostile run config documents.
import { describe, expect, it } from "vitest";
import {
  type JsonSchema,
  LOCKED_FIELD,
  maskAllResourceConfig,
  maskJobSecrets,
  maskSecrets,
  parseRunConfigText,
  runConfigSchema,
  SECRET_MASK,
  validateRunConfig,
  withoutMaskedSecrets,
} from "./index";

const schema = runConfigSchema(
  [
    {
      key: "raw_events",
      configJsonSchema: {
        type: "object",
        properties: { token: { type: "string", secret: true }, count: { type: "integer" } },
      },
    },
  ],
  [
    {
      name: "warehouse",
      configJsonSchema: {
        type: "object",
        properties: {
          url: { type: "string", secret: true, [LOCKED_FIELD]: true },
          schema: { type: "string" },
          password: { anyOf: [{ type: "string", writeOnly: true }, { type: "null" }] },
        },
        required: ["url", "schema"],
      } as JsonSchema,
    },
  ],
);

describe("maskSecrets", () => {
  it("replaces secret values (asset and resource config, nullable fields) and keeps the rest", () => {
    const document = {
      ops: { raw_events: { config: { token: "t0ps3cret", count: 3 } } },
      resources: { warehouse: { config: { schema: "dev", password: "pw" } } },
    };
    expect(maskSecrets(schema, document)).toEqual({
      ops: { raw_events: { config: { token: SECRET_MASK, count: 3 } } },
      resources: { warehouse: { config: { schema: "dev", password: SECRET_MASK } } },
    });
    expect(document.ops.raw_events.config.token).toBe("t0ps3cret");
  });

  it("masks every resource value when the schema is unknown", () => {
    expect(
      maskAllResourceConfig({
        ops: { a: { config: { n: 1 } } },
        resources: { w: { config: { url: "postgres://u:p@h/db", port: 5432 } } },
      }),
    ).toEqual({
      ops: { a: { config: { n: 1 } } },
      resources: { w: { config: { url: SECRET_MASK, port: SECRET_MASK } } },
    });
  });

  it("drops masked values sent back, so they keep the values set in code", () => {
    const document = {
      ops: { raw_events: { config: { token: SECRET_MASK, count: 3 } } },
      resources: { warehouse: { config: { schema: "dev", password: SECRET_MASK } } },
    };
    expect(withoutMaskedSecrets(schema, document)).toEqual({
      ops: { raw_events: { config: { count: 3 } } },
      resources: { warehouse: { config: { schema: "dev" } } },
    });
    expect(validateRunConfig(schema, { resources: { warehouse: { config: { url: SECRET_MASK } } } })).toEqual([]);
  });
});

describe("maskJobSecrets", () => {
  it("masks a job's and its presets' secret values, leaving the rest and the job itself untouched", () => {
    const job = {
      name: "daily",
      runConfig: { resources: { warehouse: { config: { schema: "prod", password: "hunter22" } } } },
      presets: [{ name: "small", runConfig: { ops: { raw_events: { config: { token: "abc", count: 1 } } } } }],
    };
    expect(maskJobSecrets(schema, job)).toEqual({
      name: "daily",
      runConfig: { resources: { warehouse: { config: { schema: "prod", password: SECRET_MASK } } } },
      presets: [{ name: "small", runConfig: { ops: { raw_events: { config: { token: SECRET_MASK, count: 1 } } } } }],
    });
    expect(job.presets[0]!.runConfig.ops.raw_events.config.token).toBe("abc");
  });
});

describe("locked resource fields", () => {
  it("refuses an override of a locked field, naming its path", () => {
    expect(
      validateRunConfig(schema, { resources: { warehouse: { config: { url: "postgres://evil/db", schema: "x" } } } }),
    ).toEqual([
      {
        path: ["resources", "warehouse", "config", "url"],
        message: expect.stringContaining('does not allow overriding "url"'),
      },
    ]);
  });
});

describe("parseRunConfigText guards", () => {
  it("refuses a YAML alias bomb as a config error instead of expanding it", () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...["b", "c", "d", "e", "f", "g"].map(
        (name, i) => `${name}: &${name} [${Array(9).fill(`*${"abcdefg"[i]}`).join(",")}]`,
      ),
    ].join("\n");
    const parsed = parseRunConfigText(bomb);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? "" : parsed.errors[0]?.message).toMatch(/more than 100 aliases/);
  });

  it("refuses a document over the byte limit, naming the limit", () => {
    const parsed = parseRunConfigText(`ops: {}\n# ${"x".repeat(2000)}\n`, { maxBytes: 1024 });
    expect(parsed.ok ? "" : parsed.errors[0]?.message).toBe(
      "runConfig: 2,011 bytes, at most 1,024 (launchLimits.maxRunConfigBytes in strata.config.ts)",
    );
  });
});
