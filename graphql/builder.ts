// The one Pothos schema builder; each GraphQL type lives in its own file under graphql/types.
import "server-only";
import SchemaBuilder from "@pothos/core";
import type { GraphQLContext } from "./context";

// Fields are non-null unless they say otherwise, as in Dagster's schema.
export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  DefaultFieldNullability: false;
  // Free-form JSON, for inputs shaped like the REST API's (reported metadata); validated by the use case.
  Scalars: { JSON: { Input: unknown; Output: unknown } };
}>({
  defaultFieldNullability: false,
});

builder.queryType({});
builder.mutationType({});
