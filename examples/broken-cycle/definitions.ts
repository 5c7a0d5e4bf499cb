// A deliberately broken code location: a → b → c → a. Loading it must fail, naming the cycle.
import { asset, defineDefinitions } from "../../lib/sdk";

// Keys rather than definitions in deps: a definition cannot reference one declared after it.
const a = asset({ key: "a", deps: ["c"], compute: () => "a" });
const b = asset({ key: "b", deps: [a], compute: () => "b" });
const c = asset({ key: "c", deps: [b], compute: () => "c" });

export default defineDefinitions({ assets: [a, b, c] });
