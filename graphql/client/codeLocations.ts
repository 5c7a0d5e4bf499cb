// Code locations for the deployment page and the shell's load-error banner, and the reload mutation.
import type { ReloadChange } from "../../lib/core/reloadChange";
import type { CodeLocationLoadStatus } from "./types";
import type { UnauthorizedError } from "./viewer";

const CODE_LOCATION_FIELDS = /* GraphQL */ `
  fragment CodeLocationFields on CodeLocation {
    id
    name
    modulePath
    loadStatus
    loadError { message stack }
    updatedTimestamp
    assetCount
    codeHash
  }
`;

export const CODE_LOCATIONS_QUERY = /* GraphQL */ `
  query CodeLocations {
    codeLocations { ...CodeLocationFields }
  }
  ${CODE_LOCATION_FIELDS}
`;

export const RELOAD_CODE_LOCATION_MUTATION = /* GraphQL */ `
  mutation ReloadCodeLocation($name: String!) {
    reloadCodeLocation(name: $name) {
      __typename
      ... on CodeLocation { ...CodeLocationFields lastReloadChange }
      ... on CodeLocationNotFoundError { message }
      ... on UnauthorizedError { message permission }
    }
  }
  ${CODE_LOCATION_FIELDS}
`;

export interface LoadError {
  message: string;
  stack: string | null;
}

export interface CodeLocation {
  id: string;
  name: string;
  modulePath: string;
  loadStatus: CodeLocationLoadStatus;
  loadError: LoadError | null;
  updatedTimestamp: string;
  assetCount: number;
  codeHash: string | null;
}

export interface CodeLocationsQueryData {
  codeLocations: CodeLocation[];
}

export type ReloadCodeLocationResult =
  | ({ __typename: "CodeLocation"; lastReloadChange: ReloadChange | null } & CodeLocation)
  | { __typename: "CodeLocationNotFoundError"; message: string }
  | UnauthorizedError;

export interface ReloadCodeLocationData {
  reloadCodeLocation: ReloadCodeLocationResult;
}

export interface ReloadCodeLocationVariables extends Record<string, unknown> {
  name: string;
}
