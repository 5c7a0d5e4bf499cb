// A deliberately broken code location: an asset depends on a key nobody defines. Loading it must fail.
import { asset, defineDefinitions } from "../../lib/sdk";

const rawOrders = asset({ key: "raw_orders", compute: () => [{ orderId: 1 }] });
// "raw_order" is a typo for "raw_orders": the error should suggest the existing key.
const orderSummary = asset({ key: "order_summary", deps: [rawOrders, "raw_order"], compute: () => ({ orders: 1 }) });
// Nothing resembles this key, so the error should say how to fix it instead.
const revenue = asset({ key: "revenue", deps: ["finance/exchange_rates"], compute: () => 0 });

export default defineDefinitions({ assets: [rawOrders, orderSummary, revenue] });
