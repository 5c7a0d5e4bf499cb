// `strata jobs`: the jobs of the loaded code locations, with what each materializes and its presets.
import { toAssetKeyString } from "../core/assetKey";
import { describePartitionsDefinition } from "../core/partitions";
import { listCodeLocations } from "../store/codeLocations";
import type { Database } from "../store/database";

export async function jobsFromCli(db: Database, log: (line: string) => void): Promise<number> {
  const locations = await listCodeLocations(db);
  const jobs = locations.flatMap((location) =>
    (location.snapshot?.jobs ?? []).map((job) => ({ location: location.name, job })),
  );
  if (jobs.length === 0) {
    log("No jobs are defined. Add job({ name, selection }) to defineDefinitions({ jobs }) in a code location.");
    return 0;
  }
  for (const { location, job } of jobs) {
    log(`${job.name}  (${location})${job.description ? `  ${job.description}` : ""}`);
    log(`  selection   ${job.selection}: ${job.assetKeys.map((path) => toAssetKeyString(path)).join(", ")}`);
    if (job.partitionsDefinition) log(`  partitions  ${describePartitionsDefinition(job.partitionsDefinition)}`);
    if (job.presets.length > 0) log(`  presets     ${job.presets.map((preset) => preset.name).join(", ")}`);
  }
  return 0;
}
