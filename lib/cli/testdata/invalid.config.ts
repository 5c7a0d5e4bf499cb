// A config with a malformed code location name and a missing module path.
export default { codeLocations: [{ name: "has spaces" }] };
