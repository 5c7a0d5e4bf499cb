// Observable source assets (externalAsset with observe and observeIntervalMinutes, Dagster's observable source
// assets): each interval the daemon launches a run of the asset's observe function, whose data version, when it
// changed, marks downstream assets unsynced. One launch per interval however many daemons run, none while an
// observation of the asset is still queued or running.
import type { Database } from "../../store/database";
import { claimObservation, readObservationSchedules, recordObservationLaunch } from "../../store/observationSchedules";
import { readActiveRunTargets } from "../../store/runQueries";
import { launchRun } from "../runs/launchRun";
import { loadWorkspace } from "../workspace/workspace";

/** The tag of the runs the daemon launches to observe sources. */
export const OBSERVATION_TAG = "strata/observation";

export interface ObservationLaunch {
  assetKey: string;
  runId: string | null;
  error: string | null;
}

/** Launches the observations due at `now`; returns what it launched (or failed to). */
export async function tickSourceObservations(db: Database, now: Date): Promise<ObservationLaunch[]> {
  const workspace = await loadWorkspace(db, now);
  const observable = workspace.list.filter((d) => d.node.isSource && (d.node.observeIntervalMinutes ?? 0) > 0);
  if (observable.length === 0) return [];
  const schedules = await readObservationSchedules(db);
  const busy = new Set((await readActiveRunTargets(db)).flatMap((run) => run.assetSelection));
  const launches: ObservationLaunch[] = [];
  for (const definition of observable) {
    const intervalMs = (definition.node.observeIntervalMinutes as number) * 60_000;
    const dueBefore = new Date(now.getTime() - intervalMs);
    const last = schedules.get(definition.key)?.lastLaunchedAt;
    if ((last && last > dueBefore) || busy.has(definition.key)) continue;
    if (!(await claimObservation(db, definition.key, now, dueBefore))) continue;
    const launched = await launchRun(db, {
      assetKeys: [definition.node.key],
      systemTags: { [OBSERVATION_TAG]: `every ${definition.node.observeIntervalMinutes} min` },
      launchedBy: "observation",
    });
    const outcome =
      launched.kind === "success" ? { runId: launched.run.id, error: null } : { runId: null, error: launched.message };
    await recordObservationLaunch(db, definition.key, outcome);
    launches.push({ assetKey: definition.key, ...outcome });
  }
  return launches;
}
