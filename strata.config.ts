// The code locations `npm start` loads. Point `module` at your own definitions file.
import type { StrataConfig } from "./lib/cli/strataConfig";

export default {
  codeLocations: [{ name: "user-events", module: "examples/user-events/definitions.ts" }],
} satisfies StrataConfig;
