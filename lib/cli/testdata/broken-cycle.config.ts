// A config whose only code location has a dependency cycle.
export default { codeLocations: [{ name: "broken", module: "../../../examples/broken-cycle/definitions.ts" }] };
