// A code location for the partition path test: each asset logs, as JSON, the partition fields of the context it got.
import { asset, dailyPartitions, defineDefinitions } from "../../sdk";

const days = dailyPartitions({ start: "2026-01-01", end: "2026-02-01" });

const seen = (ctx: {
  partitionKey: string | null;
  partitionKeys: readonly string[];
  partitionKeyRange: { start: string; end: string } | null;
}) =>
  JSON.stringify({
    partitionKey: ctx.partitionKey,
    partitionKeys: ctx.partitionKeys,
    partitionKeyRange: ctx.partitionKeyRange,
  });

const daily = asset({
  key: "path/daily",
  partitions: days,
  compute: (_inputs, ctx) => {
    ctx.log.info(seen(ctx));
    return 1;
  },
});

const ranged = asset({
  key: "path/ranged",
  partitions: days,
  backfillPolicy: "single_run",
  compute: (_inputs, ctx) => {
    ctx.log.info(seen(ctx));
    return Object.fromEntries(ctx.partitionKeys.map((key) => [key, key]));
  },
});

export default defineDefinitions({ assets: [daily, ranged] });
