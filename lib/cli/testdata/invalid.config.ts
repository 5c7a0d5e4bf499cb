// A config with a malformed code location name and a missing module path.
const config = { codeLocations: [{ name: "has spaces" }] };

export default config;
