// Lint rules: Next's recommended set with its TypeScript rules.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypeScript,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/store/generated/**",
      "graphql/client/generated/**",
      ".strata/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Only lib/store talks to Postgres: elsewhere the Database handle is passed to store functions, never queried.
    // (dependency-cruiser forbids importing Prisma outside lib/store; this catches queries through the handle.)
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["lib/store/**", "**/*.test.ts", "bench/**", "e2e/**", "scripts/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "CallExpression[callee.property.name=/^(findMany|findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|create|createMany|createManyAndReturn|update|updateMany|upsert|delete|deleteMany|count|aggregate|groupBy)$/][callee.object.object.name=/^(db|database|prisma|tx)$/]",
          message: "Query Postgres through a lib/store function; only lib/store calls Prisma.",
        },
        {
          selector:
            "CallExpression[callee.property.name=/^\\$(transaction|queryRaw|executeRaw|queryRawUnsafe|executeRawUnsafe)$/]",
          message: "Transactions and raw SQL belong in lib/store (inTransaction from lib/store/database.ts).",
        },
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/store/prisma", "**/store/generated/**"],
              importNames: ["PrismaClient", "Prisma"],
              message: "Outside lib/store the database is a Database (lib/store/database.ts).",
            },
          ],
        },
      ],
    },
  },
];

export default config;
