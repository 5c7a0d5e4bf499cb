// A config whose only code location has a dependency cycle.
const config = { codeLocations: [{ name: "broken", module: "../../../examples/broken-cycle/definitions.ts" }] };

export default config;
