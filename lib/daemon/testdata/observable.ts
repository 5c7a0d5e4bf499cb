// A code location with an observable source: observe() reads a version from the file OBSERVED_VERSION_FILE names
// (the test writes it), every 15 minutes; a downstream asset depends on it.
import { readFile } from "node:fs/promises";
import { asset, defineDefinitions, externalAsset } from "../../sdk";

const vendorPrices = externalAsset<number[]>({
  key: "vendor/prices",
  observe: async () => {
    const file = process.env.OBSERVED_VERSION_FILE;
    if (!file) throw new Error("OBSERVED_VERSION_FILE is not set.");
    return { dataVersion: (await readFile(file, "utf8")).trim(), metadata: { source: "prices.csv" } };
  },
  observeIntervalMinutes: 15,
  load: () => [1, 2, 3],
});

const pricedOrders = asset({
  key: "priced_orders",
  deps: [vendorPrices],
  compute: () => 42,
});

export default defineDefinitions({ assets: [vendorPrices, pricedOrders] });
