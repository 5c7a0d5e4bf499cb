// The query limits: every operation the console sends passes them with room to spare, and an operation over any
// limit is refused with a typed error (QUERY_TOO_COMPLEX, naming the limit) before it runs, never with a 500.

import { createRequire } from "node:module";
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { MaxTokensParserWLexer } from "@escape.tech/graphql-armor-max-tokens";
import type { DocumentNode } from "graphql";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONSOLE_SETTINGS } from "../lib/core/consoleSettings";
import { QUERY_LIMITS, QUERY_TOO_COMPLEX, type QueryLimitName } from "./queryLimits";
import { schema } from "./schema";
import { createGraphQLServer } from "./yoga";

// The schema is built by the graphql module that node_modules load (CommonJS); the test's own import of "graphql" would
// get the ES module build, which refuses a schema from the other one.
const { getIntrospectionQuery, specifiedRules, validate } = createRequire(import.meta.url)(
  "graphql",
) as typeof import("graphql");

/** Every operation the console sends: the documents graphql-codegen generated from the components (fragments included). */
async function clientDocuments(): Promise<{ name: string; source: string }[]> {
  const generated = (await import("./client/generated/graphql")) as Record<string, unknown>;
  return Object.entries(generated).flatMap(([name, value]) => {
    const source = value instanceof String ? value.toString() : null;
    return source !== null && /^\s*(query|mutation|subscription)\b/.test(source) ? [{ name, source }] : [];
  });
}

type Measures = Record<QueryLimitName, number>;

/** The document's size by each limit, measured with the same graphql-armor rules the server runs. */
function measure(source: string): Measures {
  const parser = new MaxTokensParserWLexer(source, { n: Number.MAX_SAFE_INTEGER });
  const document: DocumentNode = parser.parseDocument();
  const found: Measures = { maxAliases: 0, maxDepth: 0, maxTokens: parser.tokenCount, maxCost: 0, maxDirectives: 0 };
  const record = (limit: QueryLimitName) => [
    (_: unknown, details: { n: number }) => void (found[limit] = Math.max(found[limit], details.n)),
  ];
  const errors = validate(schema, document, [
    ...specifiedRules,
    maxAliasesRule({ n: Number.MAX_SAFE_INTEGER, onAccept: record("maxAliases") }),
    maxDepthRule({ n: Number.MAX_SAFE_INTEGER, onAccept: record("maxDepth") }),
    costLimitRule({ maxCost: Number.MAX_SAFE_INTEGER, onAccept: record("maxCost") }),
    maxDirectivesRule({ n: Number.MAX_SAFE_INTEGER, onAccept: record("maxDirectives") }),
  ]);
  expect(errors.map((e) => e.message)).toEqual([]);
  return found;
}

describe("the console's own operations", () => {
  it("all stay under half of every limit", async () => {
    const documents = await clientDocuments();
    expect(documents.length).toBeGreaterThan(30);
    const largest: Measures = { maxAliases: 0, maxDepth: 0, maxTokens: 0, maxCost: 0, maxDirectives: 0 };
    for (const { name, source } of documents) {
      const found = measure(source);
      for (const limit of Object.keys(largest) as QueryLimitName[]) {
        expect(found[limit], `${name}: ${limit}`).toBeLessThanOrEqual(QUERY_LIMITS[limit] / 2);
        largest[limit] = Math.max(largest[limit], found[limit]);
      }
    }
    // The figures the limits' comments quote; a new operation that moves them should move the comments too.
    expect(largest.maxDepth).toBeLessThanOrEqual(10);
  });

  it("include the explorer's schema query", () => {
    const found = measure(
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
        oneOf: true,
      }),
    );
    expect(found.maxTokens).toBeLessThanOrEqual(QUERY_LIMITS.maxTokens / 2);
  });
});

describe("an operation over a limit", () => {
  // Limits are checked before the context is built, so these never reach a database.
  const yoga = createGraphQLServer(() => {
    throw new Error("an operation over a limit reached the database");
  }, DEFAULT_CONSOLE_SETTINGS);

  async function post(query: string) {
    const response = await yoga.fetch("http://localhost/api/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        data?: unknown;
        errors?: { message: string; extensions?: Record<string, unknown> }[];
      },
    };
  }

  it.each([
    ["maxAliases", `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: codeLocations { name }`).join(" ")} }`, 30, 31],
    ["maxDepth", nestedQuery(19), 20, 21],
    [
      "maxDirectives",
      `{ ${Array.from({ length: 21 }, () => "codeLocations @include(if: true) { name }").join(" ")} }`,
      20,
      21,
    ],
    ["maxTokens", `{ ${"codeLocations { name } ".repeat(600)} }`, 2000, undefined],
  ] as const)("%s: refused with QUERY_TOO_COMPLEX naming the limit", async (limit, query, max, found) => {
    const { status, body } = await post(query);
    expect([200, 400]).toContain(status);
    expect(body.data).toBeUndefined();
    // A deep query may be over the cost too; each limit it breaks is its own error.
    const error = body.errors?.find((e) => e.extensions?.limit === limit);
    expect(error?.extensions).toMatchObject({
      code: QUERY_TOO_COMPLEX,
      limit,
      max,
      ...(found === undefined ? {} : { found }),
    });
    expect(error?.message).toContain(`${limit} = ${max}`);
  });

  it("2,000 aliases of an expensive field are refused before anything runs", async () => {
    const { status, body } = await post(
      `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: assetMaterializations(limit: 1000) { runId }`).join(" ")} }`,
    );
    expect([200, 400]).toContain(status);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: QUERY_TOO_COMPLEX });
  });

  it("a 20,000-deep query gets a GraphQL error, not a 500", async () => {
    const { status, body } = await post(`${"{ a ".repeat(20_000)}${"}".repeat(20_000)}`);
    expect([200, 400]).toContain(status);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: QUERY_TOO_COMPLEX, limit: "maxTokens" });
  });

  it("a cost over the limit is refused", async () => {
    // Few tokens, but every level of nesting multiplies the cost.
    const { body } = await post(fanOutQuery(5, 6));
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: QUERY_TOO_COMPLEX, limit: "maxCost", max: 5000 });
  });
});

/** A valid query `levels` inline fragments deep: each one is a level of nesting for the depth limit. */
function nestedQuery(levels: number): string {
  return `{ ${"... on Query { ".repeat(levels)}codeLocations { name }${" }".repeat(levels)} }`;
}

/** A short query whose fragments each spread the next one `width` times: its cost grows as width^levels. */
function fanOutQuery(levels: number, width: number): string {
  const fragments = Array.from({ length: levels }, (_, level) =>
    level === levels - 1
      ? `fragment F${level} on Query { codeLocations { name } }`
      : `fragment F${level} on Query { ${`...F${level + 1} `.repeat(width)}}`,
  );
  return `{ ...F0 } ${fragments.join(" ")}`;
}
