// The observation loop: launches a run of each observable source asset's observe function once per its interval.
import { tickSourceObservations } from "../orchestration/assetEvents/sourceObservations";
import type { Database } from "../store/database";

export async function tickObservations(db: Database, options: { now: Date; log?: (line: string) => void }) {
  const launches = await tickSourceObservations(db, options.now);
  for (const launch of launches)
    options.log?.(
      launch.runId
        ? `Observation: launched run ${launch.runId} to observe ${launch.assetKey}.`
        : `Observation: could not launch an observation of ${launch.assetKey}: ${launch.error}`,
    );
  return launches;
}
