// A code location for the OpenLineage export test: a daily partitioned fact table built from raw users, with its
// schema, row count and a check, as a team would write it.
import { asset, check, dailyPartitions, defineDefinitions, meta, withMetadata } from "../../sdk";

const days = dailyPartitions({ start: "2026-01-01", end: "2026-04-01" });

const rawUsers = asset({
  key: "raw/users",
  partitions: days,
  compute: () => [{ id: 1 }, { id: 2 }, { id: 3 }],
});

const factEvents = asset({
  key: "analytics/fact_events",
  partitions: days,
  ins: { users: rawUsers },
  metadata: { columns: meta.tableSchema([{ name: "user_id", type: "int", description: "who acted" }]) },
  compute: ({ users }) => {
    const rows = users.map((user) => ({ user_id: user.id }));
    return withMetadata(rows, { row_count: rows.length });
  },
});

const noNullUserIds = check({
  asset: factEvents,
  name: "no_null_user_ids",
  severity: "ERROR",
  compute: (rows) => ({ passed: rows.every((row) => row.user_id !== null) }),
});

export default defineDefinitions({ assets: [rawUsers, factEvents], checks: [noNullUserIds] });
