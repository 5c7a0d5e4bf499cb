// The execution events a run emits, in the order the event log stores them.
import type { MetadataValue } from "../../core/definitionsSnapshot";
import type { PartitionKeyRange } from "../../sdk/partitions";

export interface StepError {
  message: string;
  stack: string | null;
}

export type LogLevel = "DEBUG" | "INFO" | "WARN" | "ERROR";

/** How an asset check ended: it passed, found a problem, or threw (so the asset's state is unknown). */
export type AssetCheckStatus = "SUCCEEDED" | "FAILED" | "ERRORED";

/** Which partitions a step event is about: one partition's key, the range of a range run, or neither (unpartitioned). */
export interface StepEventPartitions {
  partitionKey: string | null;
  partitionRange: PartitionKeyRange | null;
}

/** Every event carries an ISO timestamp. Run-level LOG lines (resource teardown) have stepKey "". */
export type ExecutionEvent =
  | ({
      type: "STEP_START";
      stepKey: string;
      assetKey: string[];
      attempt: number;
      timestamp: string;
    } & StepEventPartitions)
  | ({
      type: "STEP_SUCCESS";
      stepKey: string;
      assetKey: string[];
      durationMs: number;
      timestamp: string;
    } & StepEventPartitions)
  | ({
      type: "STEP_FAILURE";
      stepKey: string;
      assetKey: string[];
      error: StepError;
      attempt: number;
      willRetry: boolean;
      timestamp: string;
    } & StepEventPartitions)
  /** `attempt` is the number of the attempt that follows the delay. */
  | ({
      type: "STEP_RETRY";
      stepKey: string;
      assetKey: string[];
      attempt: number;
      delayMs: number;
      timestamp: string;
    } & StepEventPartitions)
  | ({
      type: "STEP_SKIPPED";
      stepKey: string;
      assetKey: string[];
      reason: string;
      timestamp: string;
    } & StepEventPartitions)
  | ({ type: "STEP_CANCELED"; stepKey: string; assetKey: string[]; timestamp: string } & StepEventPartitions)
  /** One per materialized partition: a range run emits one for each key of its range. */
  | {
      type: "ASSET_MATERIALIZATION";
      stepKey: string;
      assetKey: string[];
      partitionKey: string | null;
      metadata: Record<string, MetadataValue>;
      timestamp: string;
    }
  | {
      type: "ASSET_OBSERVATION";
      stepKey: string;
      assetKey: string[];
      partitionKey: string | null;
      dataVersion: string | null;
      metadata: Record<string, MetadataValue>;
      timestamp: string;
    }
  /** One per check of a materialized asset; `blocking` checks that fail at ERROR severity skip what is downstream. */
  | {
      type: "ASSET_CHECK_EVALUATION";
      stepKey: string;
      assetKey: string[];
      checkName: string;
      partitionKey: string | null;
      status: AssetCheckStatus;
      severity: "WARN" | "ERROR";
      blocking: boolean;
      description: string | null;
      metadata: Record<string, MetadataValue>;
      timestamp: string;
    }
  /** `partitionKey` is the step's single partition, if it has one. */
  | { type: "LOG"; stepKey: string; level: LogLevel; message: string; partitionKey: string | null; timestamp: string };

/** An event as the engine builds it; the sink stamps the time when it is emitted. */
export type UnstampedEvent = WithoutTimestamp<ExecutionEvent>;
// Distributes over the union, so each event type keeps its own fields.
type WithoutTimestamp<TEvent> = TEvent extends unknown ? Omit<TEvent, "timestamp"> : never;

/** Anything thrown, as the event log stores it: user code may throw strings, undefined or objects. */
export function toStepError(error: unknown): StepError {
  if (error instanceof Error) return { message: error.message || error.name, stack: error.stack ?? null };
  if (typeof error === "string") return { message: error, stack: null };
  try {
    return { message: `Non-Error value thrown: ${JSON.stringify(error) ?? String(error)}`, stack: null };
  } catch {
    return { message: `Non-Error value thrown: ${String(error)}`, stack: null };
  }
}
