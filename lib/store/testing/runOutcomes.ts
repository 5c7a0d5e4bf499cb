// Ends runs the way a worker would, through the event log, for tests that have no worker: every step
// materializes (success), or the first step fails and the rest are skipped (failure).
import type { PrismaClient } from "../prisma";
import { appendRunEvents, type EventInput } from "../runEvents";
import { finishRun } from "../runs";

async function stepEvents(db: PrismaClient, runId: string, outcome: "SUCCESS" | "FAILURE"): Promise<void> {
  const run = await db.run.findUniqueOrThrow({ where: { id: runId } });
  const partition = { partitionKey: run.partitionKey };
  const events: EventInput[] = [];
  const [first] = run.assetSelection;
  for (const key of outcome === "SUCCESS" ? run.assetSelection : first ? [first] : []) {
    const step = { ...partition, stepKey: key, assetKey: key.split("/") };
    events.push({ ...step, eventType: "STEP_START", message: "Started." });
    if (outcome === "SUCCESS") {
      events.push({ ...step, eventType: "ASSET_MATERIALIZATION", message: "Materialized." });
      events.push({ ...step, eventType: "STEP_SUCCESS", message: "Succeeded." });
    } else {
      events.push({
        ...step,
        eventType: "STEP_FAILURE",
        level: "ERROR",
        message: "Failed.",
        error: { message: "boom", stack: null },
      });
    }
  }
  await appendRunEvents(db, runId, events);
}

export async function succeedRun(db: PrismaClient, runId: string): Promise<void> {
  await stepEvents(db, runId, "SUCCESS");
  await finishRun(db, runId, "SUCCESS", "Succeeded.");
}

/** The first step fails; finishing the run skips the others. */
export async function failRun(db: PrismaClient, runId: string): Promise<void> {
  await stepEvents(db, runId, "FAILURE");
  await finishRun(db, runId, "FAILURE", "A step failed.");
}
