// Prints the GraphQL schema to graphql/schema.graphql; with --check, fails when the file is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { printSchema } from "graphql";
import { schema } from "../graphql/schema";

const file = new URL("../graphql/schema.graphql", import.meta.url);
const printed = `${printSchema(schema)}\n`;
if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(file, "utf8");
  } catch {}
  if (current !== printed) {
    console.error("graphql/schema.graphql is out of date: run `npm run generate` and commit it.");
    process.exit(1);
  }
  console.log("graphql/schema.graphql is current.");
} else {
  writeFileSync(file, printed);
  console.log("Wrote graphql/schema.graphql");
}
