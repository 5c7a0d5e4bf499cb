import { describe, expect, it } from "vitest";
import type { JsonSchema } from "../../lib/core/runConfig/types";
import { completionsAt, hoverAt, pathAtOffset, rangeOfPath, schemaAtPath, yamlSyntaxErrors } from "./yamlSchemaAssist";

// Shaped like the run config JSON Schema zod writes: ops and resources by key, optional fields as anyOf with null.
function buildRunConfigSchema(): JsonSchema {
  return {
    type: "object",
    additionalProperties: false,
    properties: {
      ops: {
        type: "object",
        additionalProperties: false,
        description: "Config of each asset in the run, by asset key.",
        properties: {
          raw_events: {
            type: "object",
            additionalProperties: false,
            properties: {
              config: {
                type: "object",
                additionalProperties: false,
                properties: {
                  eventCount: {
                    type: "integer",
                    minimum: 1,
                    default: 2000,
                    description: "How many events to generate.",
                  },
                  region: { type: "string", enum: ["americas", "emea", "apac"], default: "emea" },
                  dedupe_keys: { type: "array", items: { type: "string" }, default: ["event_id"] },
                  verbose: { type: "boolean" },
                  note: { anyOf: [{ type: "string" }, { type: "null" }] },
                  sources: {
                    type: "array",
                    items: {
                      type: "object",
                      properties: { name: { type: "string" }, weight: { type: "number" } },
                      required: ["name"],
                    },
                  },
                  sink: {
                    anyOf: [
                      {
                        type: "object",
                        properties: { table: { type: "string", description: "Where rows land." } },
                        required: ["table"],
                      },
                      { type: "null" },
                    ],
                  },
                },
                required: ["eventCount"],
              },
            },
            required: ["config"],
          },
          "analytics/daily_active_users": {
            type: "object",
            properties: { config: { type: "object", properties: { lookback_days: { type: "integer", default: 7 } } } },
          },
        },
      },
      resources: {
        type: "object",
        additionalProperties: false,
        properties: {
          warehouse: {
            type: "object",
            properties: {
              config: { type: "object", properties: { schema: { type: "string", description: "Target schema." } } },
            },
          },
        },
      },
      tags: { type: "object", additionalProperties: { type: "string", description: "A tag value." } },
    },
  };
}

const schema = buildRunConfigSchema();

const doc = [
  "ops:",
  "  raw_events:",
  "    config:",
  "      eventCount: 800",
  "      region: emea",
  "      dedupe_keys:",
  "        - event_id",
  "        - user_id",
  "      sources:",
  "        - name: web",
  "          weight: 0.5",
  "  analytics/daily_active_users:",
  "    config:",
  "      lookback_days: 14",
  "",
].join("\n");

/** The text with the `|` marker removed, and the offset where it was. */
function cursor(textWithMarker: string): [string, number] {
  const offset = textWithMarker.indexOf("|");
  return [textWithMarker.slice(0, offset) + textWithMarker.slice(offset + 1), offset];
}

function textAt(text: string, range: { from: number; to: number } | null): string | null {
  return range ? text.slice(range.from, range.to) : null;
}

describe("rangeOfPath", () => {
  it("points at a scalar value under nested keys", () => {
    expect(textAt(doc, rangeOfPath(doc, ["ops", "raw_events", "config", "eventCount"]))).toBe("800");
  });

  it("indexes into sequences with numeric segments", () => {
    expect(textAt(doc, rangeOfPath(doc, ["ops", "raw_events", "config", "dedupe_keys", "1"]))).toBe("user_id");
    expect(textAt(doc, rangeOfPath(doc, ["ops", "raw_events", "config", "sources", "0", "weight"]))).toBe("0.5");
  });

  it("reads keys that contain a slash", () => {
    const path = ["ops", "analytics/daily_active_users", "config", "lookback_days"];
    expect(textAt(doc, rangeOfPath(doc, path))).toBe("14");
  });

  it("points at the key when the value is a block map or empty", () => {
    expect(textAt(doc, rangeOfPath(doc, ["ops", "raw_events", "config"]))).toBe("config");
    const text = "ops:\n  raw_events:\n    config:\n";
    expect(textAt(text, rangeOfPath(text, ["ops", "raw_events", "config"]))).toBe("config");
  });

  it("falls back to the deepest existing ancestor's key for a missing path", () => {
    expect(textAt(doc, rangeOfPath(doc, ["ops", "raw_events", "config", "verbose"]))).toBe("config");
    expect(textAt(doc, rangeOfPath(doc, ["ops", "raw_events", "config", "dedupe_keys", "7"]))).toBe("dedupe_keys");
    expect(textAt(doc, rangeOfPath(doc, ["resources", "warehouse"]))).toBeNull();
  });
});

describe("pathAtOffset", () => {
  it("finds the map a key is typed into on an incomplete line", () => {
    const [text, offset] = cursor("ops:\n  raw_events:\n    config:\n      look|");
    expect(pathAtOffset(text, offset)).toEqual({ path: ["ops", "raw_events", "config"], onKey: true, prefix: "look" });
  });

  it("finds the map on an empty indented line between siblings", () => {
    const [text, offset] = cursor(
      "ops:\n  raw_events:\n    config:\n      eventCount: 1\n      |\n      region: emea\n",
    );
    expect(pathAtOffset(text, offset)).toEqual({ path: ["ops", "raw_events", "config"], onKey: true, prefix: "" });
  });

  it("knows a shallower indentation leaves the nested map", () => {
    const [text, offset] = cursor("ops:\n  raw_events:\n    config:\n      eventCount: 1\n  ana|");
    expect(pathAtOffset(text, offset)).toEqual({ path: ["ops"], onKey: true, prefix: "ana" });
  });

  it("finds the value being typed after a key", () => {
    const [text, offset] = cursor("ops:\n  raw_events:\n    config:\n      region: em|\n");
    expect(pathAtOffset(text, offset)).toEqual({
      path: ["ops", "raw_events", "config", "region"],
      onKey: false,
      prefix: "em",
    });
  });

  it("finds a key in a map inside a sequence item", () => {
    const [text, offset] = cursor(
      "ops:\n  raw_events:\n    config:\n      sources:\n        - name: web\n          we|\n",
    );
    expect(pathAtOffset(text, offset)).toEqual({
      path: ["ops", "raw_events", "config", "sources", "0"],
      onKey: true,
      prefix: "we",
    });
  });

  it("finds the second item of a sequence", () => {
    const [text, offset] = cursor(
      "ops:\n  raw_events:\n    config:\n      dedupe_keys:\n        - event_id\n        - us|\n",
    );
    expect(pathAtOffset(text, offset).path).toEqual(["ops", "raw_events", "config", "dedupe_keys", "1"]);
  });

  it("falls back to indentation when an unclosed quote above swallows the rest", () => {
    const [text, offset] = cursor('ops:\n  raw_events:\n    config:\n      note: "unfinished\n      look|');
    expect(pathAtOffset(text, offset)).toEqual({ path: ["ops", "raw_events", "config"], onKey: true, prefix: "look" });
  });

  it("treats a line inside a block scalar as that value", () => {
    const [text, offset] = cursor(
      "ops:\n  raw_events:\n    config:\n      note: |\n        first line\n        sec|\n",
    );
    expect(pathAtOffset(text, offset)).toMatchObject({ path: ["ops", "raw_events", "config", "note"], onKey: false });
  });

  it("is at the root of an empty document", () => {
    expect(pathAtOffset("", 0)).toEqual({ path: [], onKey: true, prefix: "" });
  });
});

describe("schemaAtPath", () => {
  it("follows properties, items and additionalProperties", () => {
    expect(schemaAtPath(schema, ["ops", "raw_events", "config", "eventCount"])).toMatchObject({ type: "integer" });
    expect(schemaAtPath(schema, ["ops", "raw_events", "config", "sources", "3", "name"])).toEqual({ type: "string" });
    expect(schemaAtPath(schema, ["tags", "team"])).toMatchObject({ description: "A tag value." });
  });

  it("follows the object branch of an anyOf with null", () => {
    expect(schemaAtPath(schema, ["ops", "raw_events", "config", "sink", "table"])).toMatchObject({
      description: "Where rows land.",
    });
  });

  it("is null for keys the schema does not have", () => {
    expect(schemaAtPath(schema, ["ops", "nope"])).toBeNull();
    expect(schemaAtPath(schema, ["ops", "raw_events", "config", "eventCount", "deeper"])).toBeNull();
  });
});

describe("completionsAt", () => {
  it("offers the keys not yet present, required ones first", () => {
    const [text, offset] = cursor("ops:\n  raw_events:\n    config:\n      region: emea\n      |");
    const result = completionsAt(schema, text, offset);
    expect(result.from).toBe(offset);
    expect(result.options.map((o) => o.label)).toEqual([
      "eventCount",
      "dedupe_keys",
      "verbose",
      "note",
      "sources",
      "sink",
    ]);
    expect(result.options[0]).toMatchObject({
      type: "property",
      detail: "integer · required",
      info: "How many events to generate.",
      apply: "eventCount: ",
    });
  });

  it("replaces the partial key typed so far", () => {
    const [text, offset] = cursor("ops:\n  ana|");
    const result = completionsAt(schema, text, offset);
    expect(result.from).toBe(offset - 3);
    expect(result.options.map((o) => o.label)).toEqual(["raw_events", "analytics/daily_active_users"]);
    expect(result.options[1]?.apply).toBe("analytics/daily_active_users: ");
  });

  it("does not add a second colon when renaming a key that has one", () => {
    const [text, offset] = cursor("ops:\n  raw_events:\n    config:\n      reg|ion: emea\n");
    const result = completionsAt(schema, text, offset);
    expect(result.to).toBe(offset + 3);
    expect(result.options.find((o) => o.label === "region")?.apply).toBe("region");
  });

  it("offers a map's keys inside a sequence item and the object branch of an anyOf", () => {
    const [items, itemOffset] = cursor(
      "ops:\n  raw_events:\n    config:\n      sources:\n        - name: web\n          |\n",
    );
    expect(completionsAt(schema, items, itemOffset).options.map((o) => o.label)).toEqual(["weight"]);
    const [sink, sinkOffset] = cursor("ops:\n  raw_events:\n    config:\n      sink:\n        |\n");
    expect(completionsAt(schema, sink, sinkOffset).options.map((o) => o.label)).toEqual(["table"]);
  });

  it("offers enum members with the default marked", () => {
    const [text, offset] = cursor("ops:\n  raw_events:\n    config:\n      region: |\n");
    const result = completionsAt(schema, text, offset);
    expect(result.options.map((o) => o.label)).toEqual(["americas", "emea", "apac"]);
    expect(result.options.find((o) => o.label === "emea")).toMatchObject({ type: "enum", detail: "default" });
  });

  it("offers true and false for booleans", () => {
    const [text, offset] = cursor("ops:\n  raw_events:\n    config:\n      verbose: t|\n");
    const result = completionsAt(schema, text, offset);
    expect(result.from).toBe(offset - 1);
    expect(result.options).toEqual([
      { label: "true", type: "keyword" },
      { label: "false", type: "keyword" },
    ]);
  });

  it("offers the default value, and null for a nullable field", () => {
    const [count, countOffset] = cursor("ops:\n  raw_events:\n    config:\n      eventCount: |\n");
    expect(completionsAt(schema, count, countOffset).options).toEqual([
      { label: "2000", type: "enum", detail: "default", boost: 1 },
    ]);
    const [keys, keysOffset] = cursor("ops:\n  raw_events:\n    config:\n      dedupe_keys: |\n");
    expect(completionsAt(schema, keys, keysOffset).options.map((o) => o.label)).toEqual(["[event_id]"]);
    const [note, noteOffset] = cursor("ops:\n  raw_events:\n    config:\n      note: |\n");
    expect(completionsAt(schema, note, noteOffset).options.map((o) => o.label)).toEqual(["null"]);
  });

  it("adds the space after a bare colon", () => {
    const [text, offset] = cursor("ops:\n  raw_events:\n    config:\n      verbose:|\n");
    expect(completionsAt(schema, text, offset).options[0]?.apply).toBe(" true");
  });

  it("offers nothing in a comment or under a key the schema lacks", () => {
    expect(completionsAt(schema, ...cursor("ops:\n  # ra|")).options).toEqual([]);
    expect(completionsAt(schema, ...cursor("ops:\n  mystery:\n    |")).options).toEqual([]);
  });
});

describe("hoverAt", () => {
  it("describes the key under the cursor", () => {
    const offset = doc.indexOf("eventCount") + 3;
    expect(hoverAt(schema, doc, offset)).toEqual({
      from: doc.indexOf("eventCount"),
      to: doc.indexOf("eventCount") + "eventCount".length,
      title: "eventCount",
      type: "integer",
      description: "How many events to generate.",
      defaultValue: "2000",
      required: true,
      enumValues: undefined,
    } satisfies ReturnType<typeof hoverAt>);
  });

  it("lists enum values and says when a key is optional", () => {
    const hover = hoverAt(schema, doc, doc.indexOf("region") + 1);
    expect(hover).toMatchObject({ title: "region", type: "string", required: false, defaultValue: "emea" });
    expect(hover?.enumValues).toEqual(["americas", "emea", "apac"]);
  });

  it("names a nullable type and stays quiet off keys and on unknown keys", () => {
    const text = "ops:\n  raw_events:\n    config:\n      note: hi\n  mystery: 1\n";
    expect(hoverAt(schema, text, text.indexOf("note"))?.type).toBe("string | null");
    expect(hoverAt(schema, text, text.indexOf("hi") + 1)).toBeNull();
    expect(hoverAt(schema, text, text.indexOf("mystery") + 1)).toBeNull();
  });
});

describe("yamlSyntaxErrors", () => {
  it("is empty for valid YAML", () => {
    expect(yamlSyntaxErrors(doc)).toEqual([]);
  });

  it("reports where the text stops parsing, by line and column", () => {
    const text = "ops:\n  raw_events:\n    config: [1, 2\nresources: {}\n";
    const errors = yamlSyntaxErrors(text);
    expect(errors.length).toBeGreaterThan(0);
    const [first] = errors;
    expect(first?.path).toEqual([]);
    expect(first?.message).toMatch(/^Line \d+, column \d+: /);
    expect(first?.range?.from).toBeGreaterThanOrEqual(0);
    expect(first?.range?.to).toBeLessThanOrEqual(text.length);
  });

  it("reports duplicate keys", () => {
    const errors = yamlSyntaxErrors("ops: {}\nops: {}\n");
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/^Line 2, column 1: .*unique/)]);
  });
});
