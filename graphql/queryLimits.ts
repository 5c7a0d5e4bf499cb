// How large an operation the API accepts, and the graphql-armor plugins that refuse larger ones with a typed error.
// The limits sit well above the console's own operations (graphql/queryLimits.test.ts measures every one of them),
// so only hand-written or hostile queries meet them: 2,000 aliases of one expensive field, a 20,000-deep selection.
import "server-only";
import { costLimitPlugin } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import type { GraphQLError, ValidationContext } from "graphql";
// Yoga's own error factory, so the error comes from the same graphql module yoga checks it against (tests load two).
import { createGraphQLError, type Plugin } from "graphql-yoga";

export interface QueryLimits {
  /** Aliased fields in one operation (the console uses none; each alias may cost a resolver's queries again). */
  maxAliases: number;
  /** Nesting of selections, a fragment spread counting as a level (the console's deepest: 10). */
  maxDepth: number;
  /** Lexical tokens in the document, counted while parsing, so a huge or deeply nested document stops early (the console's largest: 121; the explorer's schema query: 184). */
  maxTokens: number;
  /** graphql-armor's cost: fields weighted by their depth (the console's costliest: 686). */
  maxCost: number;
  /** Directives in one operation (the console uses none). */
  maxDirectives: number;
}

export type QueryLimitName = keyof QueryLimits;

export const QUERY_LIMITS: Readonly<QueryLimits> = {
  maxAliases: 30,
  maxDepth: 20,
  maxTokens: 2_000,
  maxCost: 5_000,
  maxDirectives: 20,
};

/** The `extensions.code` of every refusal for size or complexity; `extensions.limit` names the limit. */
export const QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";

export interface QueryTooComplexExtensions {
  code: typeof QUERY_TOO_COMPLEX;
  limit: QueryLimitName;
  max: number;
  /** What the operation has, when known (token counting stops at the limit). */
  found?: number;
}

const WHAT: Record<QueryLimitName, string> = {
  maxAliases: "aliases",
  maxDepth: "levels of nesting",
  maxTokens: "tokens",
  maxCost: "cost",
  maxDirectives: "directives",
};

export function queryTooComplexError(limit: QueryLimitName, max: number, found?: number): GraphQLError {
  const has =
    found === undefined
      ? `more than ${max} ${WHAT[limit]}`
      : limit === "maxCost"
        ? `a cost of ${Math.ceil(found)}`
        : `${found} ${WHAT[limit]}`;
  const extensions: QueryTooComplexExtensions = {
    code: QUERY_TOO_COMPLEX,
    limit,
    max,
    ...(found === undefined ? {} : { found: Math.ceil(found) }),
  };
  // `http` is yoga's (never sent): a refused document is a bad request, as a syntax or validation error is.
  return createGraphQLError(`The operation is too complex: it has ${has}, over the limit ${limit} = ${max}.`, {
    extensions: { ...extensions, http: { spec: true, status: 400 } },
  });
}

/** graphql-armor says what it found only in its message ("… exceeded, found 2000."); the typed error carries it as a number. */
function foundIn(error: GraphQLError): number | undefined {
  const match = /found (\d+(?:\.\d+)?)/.exec(error.message);
  return match?.[1] ? Number(match[1]) : undefined;
}

/** The armor rules report through the validation context instead of throwing, so each refusal is one typed error. */
function reportAs(limit: QueryLimitName, max: number) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(queryTooComplexError(limit, max, foundIn(error))),
    ],
  };
}

export function queryLimitPlugins(limits: QueryLimits = QUERY_LIMITS): Plugin[] {
  return [
    // At parse time: the lexer stops at the limit, before the parser recurses into a deep document.
    maxTokensPlugin({
      n: limits.maxTokens,
      onReject: [
        () => {
          throw queryTooComplexError("maxTokens", limits.maxTokens);
        },
      ],
    }),
    maxAliasesPlugin({ n: limits.maxAliases, ...reportAs("maxAliases", limits.maxAliases) }),
    maxDepthPlugin({ n: limits.maxDepth, ...reportAs("maxDepth", limits.maxDepth) }),
    costLimitPlugin({ maxCost: limits.maxCost, ...reportAs("maxCost", limits.maxCost) }),
    maxDirectivesPlugin({ n: limits.maxDirectives, ...reportAs("maxDirectives", limits.maxDirectives) }),
  ] as Plugin[];
}
