// With sign-in on, an operation from nobody in particular is refused before anything resolves.
import "server-only";
import { createGraphQLError, type Plugin } from "graphql-yoga";
import type { GraphQLContext } from "./context";

export const UNAUTHENTICATED_MESSAGE =
  "Sign in to use Strata: a session cookie from the console's sign-in page, or an API token as `Authorization: Bearer <token>`.";

export function requireSignIn(): Plugin<GraphQLContext> {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as GraphQLContext;
      if (!ctx.settings.auth) return;
      if ((await ctx.principal()).kind !== "anonymous") return;
      setResultAndStopExecution({
        errors: [
          createGraphQLError(UNAUTHENTICATED_MESSAGE, {
            extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
          }),
        ],
      });
    },
  };
}
