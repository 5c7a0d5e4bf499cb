// Jobs: the list of every job and one job by name, with its assets, presets and default run config.
import type { JobPreset } from "./launchpad";
import type { PartitionsKind } from "./partitions";
import type { RunTag } from "./runs";
import type { AssetKey } from "./types";

/** Everything a job's row and its page show; jobs are few and small, so both read the same fields. */
const JOB_FIELDS = /* GraphQL */ `
  fragment JobFields on Job {
    name
    description
    codeLocationName
    selection
    assetKeys { path }
    tags { key value }
    runConfigYaml
    partitionsDefinition { kind description }
    presets { name description runConfigYaml tags { key value } }
  }
`;

export interface Job {
  name: string;
  description: string | null;
  codeLocationName: string;
  /** The selection as written in code. */
  selection: string;
  /** The assets a run of the job materializes, in dependency order. */
  assetKeys: AssetKey[];
  tags: RunTag[];
  /** The run config a launch starts from; empty when the job sets none. */
  runConfigYaml: string;
  partitionsDefinition: { kind: PartitionsKind; description: string } | null;
  presets: JobPreset[];
}

// ---- jobs --------------------------------------------------------------------------------------

export const JOBS_QUERY = /* GraphQL */ `
  query Jobs {
    jobs { ...JobFields }
  }
  ${JOB_FIELDS}
`;

export interface JobsQueryData {
  jobs: Job[];
}

// ---- jobOrError --------------------------------------------------------------------------------

export const JOB_OR_ERROR_QUERY = /* GraphQL */ `
  query JobOrError($jobName: String!) {
    jobOrError(jobName: $jobName) {
      __typename
      ... on Job { ...JobFields }
      ... on JobNotFoundError { message }
    }
  }
  ${JOB_FIELDS}
`;

export type JobOrError = ({ __typename: "Job" } & Job) | { __typename: "JobNotFoundError"; message: string };

export interface JobOrErrorQueryData {
  jobOrError: JobOrError;
}

export interface JobOrErrorQueryVariables extends Record<string, unknown> {
  jobName: string;
}
