// graphql-codegen: types for the console's GraphQL documents, which sit beside the components and hooks that use them.
// `npm run codegen` writes graphql/client/generated/ from graphql/schema.graphql; `npm run test:codegen` fails when
// that output is stale. Fragments are not masked: a component names the fragment it reads and gets its plain type.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "graphql/schema.graphql",
  documents: ["components/**/*.{ts,tsx}", "app/**/*.{ts,tsx}", "!**/*.test.ts"],
  ignoreNoDocuments: true,
  generates: {
    "graphql/client/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents travel as strings (the console POSTs them as they are), so no GraphQL AST reaches the bundle.
        documentMode: "string",
        useTypeImports: true,
        enumType: "string-literal",
        scalars: { JSON: "unknown" },
      },
    },
  },
};

export default config;
