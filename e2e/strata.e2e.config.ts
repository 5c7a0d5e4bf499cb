// The e2e server loads the example and one broken code location, so tests see both states.
const config = {
  codeLocations: [
    { name: "user-events", module: "../examples/user-events/definitions.ts" },
    { name: "broken-cycle", module: "../examples/broken-cycle/definitions.ts" },
  ],
};

export default config;
