// Runs an asset's checks on the value its step just produced (or loaded, for a checks-only run), emitting one
// evaluation each, and says which blocking check, if any, stops the assets downstream.
import type { MetadataValue } from "../../core/definitionsSnapshot";
import { type AssetCheckDefinition, toAssetCheckResult } from "../../sdk/check";
import type { AssetLogger } from "../../sdk/context";
import { toMetadataValues } from "../../sdk/metadata";
import { type AssetCheckStatus, toStepError, type UnstampedEvent } from "./events";
import type { ResourceScope } from "./resources";

export interface CheckTarget {
  runId: string;
  stepKey: string;
  assetKey: string[];
  partitionKey: string | null;
  log: AssetLogger;
  signal: AbortSignal;
}

/** The name of the first blocking ERROR check that failed or threw, or null when nothing blocks. */
export async function runChecks(
  checks: readonly AssetCheckDefinition[],
  value: unknown,
  target: CheckTarget,
  resources: ResourceScope,
  emit: (event: UnstampedEvent) => Promise<void>,
): Promise<string | null> {
  let blockedBy: string | null = null;
  for (const check of checks) {
    let status: AssetCheckStatus;
    let description: string | null = null;
    let metadata: Record<string, MetadataValue> = {};
    try {
      const context = {
        runId: target.runId,
        assetKey: [...target.assetKey],
        partitionKey: target.partitionKey,
        log: target.log,
        signal: target.signal,
        resources: await resources.valuesFor(check.resourceKeys),
      };
      const result = toAssetCheckResult(await check.compute(value, context));
      const converted = toMetadataValues(result.metadata);
      if (converted.problems.length > 0)
        throw new TypeError(`Check "${check.name}" metadata: ${converted.problems.join("; ")}`);
      status = result.passed ? "SUCCEEDED" : "FAILED";
      description = result.description ?? null;
      metadata = converted.values;
    } catch (error) {
      status = "ERRORED";
      description = `The check threw: ${toStepError(error).message}`;
    }
    // Not awaited: the step's end, emitted after it, is what the run waits for.
    void emit({
      type: "ASSET_CHECK_EVALUATION",
      stepKey: target.stepKey,
      assetKey: [...target.assetKey],
      checkName: check.name,
      partitionKey: target.partitionKey,
      status,
      severity: check.severity,
      blocking: check.blocking,
      description,
      metadata,
    });
    if (
      blockedBy === null &&
      check.blocking &&
      status !== "SUCCEEDED" &&
      (status === "ERRORED" || check.severity === "ERROR")
    )
      blockedBy = check.name;
  }
  return blockedBy;
}
