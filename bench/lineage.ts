// OpenLineage received: how long one event takes to record the way dbt-ol sends them (one request each, the external
// location's snapshot rebuilt with it), a 1,000-event batch, and the validation alone, against a project that grows.
import { dbtBuildEvents } from "../lib/core/openlineage/dbtProject.testing";
import { lineageEventProblems } from "../lib/core/openlineage/validateEvent";
import { receiveLineageEvents } from "../lib/orchestration/lineage/receiveLineageEvents";
import { closeDatabase } from "../lib/store/database";
import { type BenchContext, createBenchDatabase } from "./context";

/** A build of the project under another namespace, so each build adds datasets and jobs of its own. */
function buildOf(project: number, start: Date): Record<string, unknown>[] {
  return JSON.parse(
    JSON.stringify(dbtBuildEvents(start))
      .replaceAll("postgres://warehouse:5432", `postgres://warehouse-${project}:5432`)
      .replaceAll("jaffle_shop", `shop_${project}`),
  ) as Record<string, unknown>[];
}

export async function benchLineage(ctx: BenchContext): Promise<void> {
  const { report } = ctx;
  const { db } = await createBenchDatabase(ctx, "lineage");
  try {
    const events = buildOf(0, new Date("2026-12-01T06:00:00Z"));
    await report.time(`validate ${events.length} events against the specification`, 20, async () => {
      for (const event of events) lineageEventProblems(event);
    });
    // Twenty projects' builds of 32 events: 260 datasets and 300 jobs by the end.
    const perEvent: number[] = [];
    for (let project = 0; project < 20; project++) {
      for (const event of buildOf(project, new Date(Date.UTC(2026, 11, 1, 6, project)))) {
        const started = performance.now();
        const result = await receiveLineageEvents(db, event, "bench");
        perEvent.push(performance.now() - started);
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
      }
    }
    report.record("record one event per request (dbt-ol), up to 260 datasets", "ms", perEvent, {
      target: "< 50 ms",
    });
    const batch = Array.from({ length: 32 }, (_, i) => buildOf(100 + i, new Date("2026-12-02T06:00:00Z")))
      .flat()
      .slice(0, 1000);
    // Once: the same batch again would be recorded as duplicates.
    const started = performance.now();
    const result = await receiveLineageEvents(db, batch, "bench");
    if (!result.ok || result.recorded !== batch.length) throw new Error(JSON.stringify(result));
    report.record(`record a batch of ${batch.length} events in one request`, "ms", [performance.now() - started]);
    const again = performance.now();
    await receiveLineageEvents(db, batch, "bench");
    report.record(`the same ${batch.length} events again (all duplicates)`, "ms", [performance.now() - again]);
  } finally {
    await closeDatabase(db);
  }
}
