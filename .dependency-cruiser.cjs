// The house rules, checked by `npm run test:layers` (part of `npm test`): which folder may import which.
// docs/architecture.md draws the same layers.
/** @type {import('dependency-cruiser').IConfiguration} */

// The browser's code. Pages under app/ are thin server components that render one of these.
const UI = "^components/";
// Integration tests cross layers on purpose; the layer rules are about the code that ships.
const TEST = "\\.test\\.tsx?$";
// Modules that only the console's server, the daemon, the worker or the CLI may load.
const SERVER = "^(lib/(store|orchestration|auth|daemon|executor|cli|http|metrics)/|graphql/(?!client/|generated/)|proxy\\.ts)";

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Files that import each other in a loop can only be understood (and loaded) together.",
      from: {},
      to: { circular: true },
    },
    {
      name: "prisma-only-in-store",
      severity: "error",
      comment: "lib/store is the only code that talks to Postgres through Prisma.",
      from: { pathNot: ["^lib/store/", "^prisma\\.config\\.ts$", "^scripts/"] },
      to: { path: ["^node_modules/(@prisma|prisma)/", "^lib/store/generated/"] },
    },
    {
      name: "store-reads-and-writes-only",
      severity: "error",
      comment: "The store knows lib/core and nothing above it: no use cases, edges or UI.",
      from: { path: "^lib/store/", pathNot: TEST },
      to: { path: "^(lib/(?!store/|core/)|graphql/|components/|app/|bench/|e2e/|examples/)" },
    },
    {
      name: "orchestration-below-the-edges",
      severity: "error",
      comment: "Use cases call the store and core; the edges (API, daemon, worker, CLI) call them, never the reverse.",
      from: { path: "^lib/orchestration/", pathNot: TEST },
      to: { path: "^(lib/(daemon|executor|cli|auth|http|sdk)/|graphql/|components/|app/)" },
    },
    {
      name: "core-is-pure",
      severity: "error",
      comment: "lib/core is pure domain logic: it imports nothing outside lib/core and does no I/O.",
      from: { path: "^lib/core/", pathNot: TEST },
      to: {
        pathNot: ["^lib/core/"],
        dependencyTypesNot: ["npm", "npm-dev", "npm-peer", "npm-optional", "core"],
      },
    },
    {
      name: "core-does-no-io",
      severity: "error",
      comment: "lib/core reads no files, network or processes.",
      from: { path: "^lib/core/", pathNot: TEST },
      to: { dependencyTypes: ["core"], path: "^(fs|node:fs|net|node:net|http|https|child_process|node:child_process|node:http|node:https)" },
    },
    {
      name: "sdk-imports-core-only",
      severity: "error",
      comment: "The SDK code locations import depends on core alone; its public face re-exports materialize() from the engine.",
      from: { path: "^lib/sdk/", pathNot: ["^lib/sdk/index\\.ts$", TEST] },
      to: { path: "^(lib/(?!sdk/|core/)|graphql/|components/|app/)" },
    },
    {
      name: "ui-imports-no-server-module",
      severity: "error",
      comment: "Components and pages run in the browser: they reach the server through GraphQL, never by import.",
      from: { path: UI, pathNot: TEST },
      to: { path: SERVER },
    },
    {
      name: "no-upward-import-from-lib",
      severity: "error",
      comment: "lib/ is the ground floor: it never imports the API, the UI, benches or tests' support.",
      from: { path: "^lib/", pathNot: TEST },
      to: { path: "^(graphql/|components/|app/|bench/|e2e/)" },
    },
  ],
  options: {
    doNotFollow: { path: ["node_modules", "^lib/store/generated/"] },
    exclude: { path: "^(\\.next|\\.strata|test-results|playwright-report)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
    skipAnalysisNotInRules: true,
  },
};
