// `strata materialize --select <selection>`: launches a run and follows its events to the end.
import { launchRun } from "../store/launchRun";
import type { PrismaClient } from "../store/prisma";
import { eventsForRun } from "../store/runQueries";
import { FINISHED_STATUSES } from "../store/runs";

export interface MaterializeArgs {
  select: string;
  config?: string;
  tags: string[];
  partition?: string;
  wait: boolean;
}

/** Returns the process exit code: 0 when the run succeeded (or was only queued), 1 otherwise. */
export async function materializeFromCli(db: PrismaClient, args: MaterializeArgs, log: (line: string) => void): Promise<number> {
  const tags: { key: string; value: string }[] = [];
  for (const tag of args.tags) {
    const eq = tag.indexOf("=");
    if (eq <= 0) {
      log(`--tag must look like key=value, got "${tag}".`);
      return 2;
    }
    tags.push({ key: tag.slice(0, eq), value: tag.slice(eq + 1) });
  }
  const result = await launchRun(db, { selection: args.select, runConfig: args.config ?? null, tags, partitionKey: args.partition ?? null, launchedBy: "cli" });
  switch (result.kind) {
    case "success":
      break;
    case "invalidSelection":
      log(`Invalid selection: ${result.message}\n  ${args.select}\n  ${" ".repeat(result.position)}^`);
      return 2;
    case "invalidConfig":
      log(`Invalid run config:\n${result.errors.map((e) => `  ${e.path.join(".") || "(root)"}: ${e.message}`).join("\n")}`);
      return 2;
    default:
      log(result.message);
      return 2;
  }
  const run = result.run;
  log(`Launched run ${run.id} for ${run.assetSelection.join(", ")}.`);
  if (!args.wait) return 0;

  let cursor: bigint | null = null;
  for (;;) {
    const page = await eventsForRun(db, run.id, cursor, 500);
    for (const event of page.events) {
      const step = event.stepKey ? ` ${event.stepKey}` : "";
      log(`${event.timestamp.toISOString()} ${event.level.padEnd(5)} ${event.eventType}${step}: ${event.message}`);
      if (event.error?.stack) log(event.error.stack.replace(/^/gm, "    "));
      cursor = event.id;
    }
    const current = await db.run.findUniqueOrThrow({ where: { id: run.id }, select: { status: true } });
    if (FINISHED_STATUSES.includes(current.status) && !page.hasMore) {
      log(`Run ${run.id} ended with ${current.status}.`);
      return current.status === "SUCCESS" ? 0 : 1;
    }
    if (!page.hasMore) await new Promise((r) => setTimeout(r, 300));
  }
}
