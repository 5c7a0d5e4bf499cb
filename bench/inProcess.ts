// What several bench sections measure against: the GraphQL API served in this process over a bench database (server
// time, no network), and the bare cost of starting a Node process with the TypeScript loader.
import { spawn } from "node:child_process";
import { createGraphQLServer } from "../graphql/yoga";
import type { Database } from "../lib/store/database";

/** Answers a GraphQL request as the console's route would, as text; a response with errors throws with them. */
export type Query = (document: string, variables?: Record<string, unknown>) => Promise<string>;

export function graphQLOf(db: Database): Query {
  const yoga = createGraphQLServer(() => db);
  return async (document, variables = {}) => {
    const response = await yoga.fetch("http://localhost/api/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: document, variables }),
    });
    const text = await response.text();
    if (text.includes('"errors"')) throw new Error(`GraphQL errors: ${text.slice(0, 500)}`);
    return text;
  };
}

/** The bare cost of what every load pays before the location's own code runs: a Node process with the TypeScript loader. */
export function startBareProcess(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "-e", "0"], { stdio: "ignore" });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`node --import tsx -e 0 exited with ${code}`)),
    );
  });
}
