// A config with the executor tests' pipeline and a limit of two runs at once.
const config = {
  codeLocations: [{ name: "pipeline", module: "../../executor/testdata/pipeline.ts" }],
  runQueue: { maxConcurrentRuns: 2 },
};

export default config;
