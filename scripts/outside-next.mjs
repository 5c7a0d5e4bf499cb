// `node --import ./scripts/outside-next.mjs`: lets a script or bench load the GraphQL API in-process. Server-only
// modules import the "server-only" marker, which throws outside a React server; here it resolves to its empty module.
import { register } from "node:module";

const empty = new URL("../node_modules/server-only/empty.js", import.meta.url).href;
const hooks = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: ${JSON.stringify(empty)}, shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
