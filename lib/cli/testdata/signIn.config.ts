// The executor tests' pipeline with sign-in on: the command line then needs STRATA_TOKEN.
const config = {
  codeLocations: [{ name: "pipeline", module: "../../executor/testdata/pipeline.ts" }],
  auth: { publicUrl: "https://strata.example.com" },
};

export default config;
