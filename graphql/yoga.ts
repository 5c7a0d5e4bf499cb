// The graphql-yoga server shared by the Next route handler and the integration tests.
// Named for what it does here; the package names it like a React hook, which it is not.
import { useGraphQlJit as compiledExecution } from "@envelop/graphql-jit";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { createYoga } from "graphql-yoga";
import { consoleSettingsFromEnv, type ConsoleSettings } from "../lib/core/consoleSettings";
import type { PrismaClient } from "../lib/store/prisma";
import { createContext } from "./context";
import { schema } from "./schema";

export function createGraphQLServer(getDb: () => PrismaClient, settings: ConsoleSettings = consoleSettingsFromEnv()) {
  return createYoga({
    schema,
    graphqlEndpoint: "/api/graphql",
    // The explorer is bundled (no CDN), so it works offline; `strata dev` turns it on.
    graphiql: process.env.NODE_ENV !== "production" || process.env.STRATA_GRAPHIQL === "1",
    renderGraphiQL,
    fetchAPI: { Response },
    context: ({ request }) => createContext(getDb(), request, settings),
    // Each operation compiled once to plain JavaScript: the catalog's 10,000 asset nodes resolve well over 200,000
    // fields per poll, and the interpreting executor spends more time walking the query than the resolvers run.
    plugins: [compiledExecution()],
  });
}
