// Sensors: the list and one sensor with its cursor and next evaluation, a page of its past ticks, the on/off
// mutations and setting or clearing the cursor.
import type { PartitionsKind } from "./partitions";
import type { RunStatus } from "./runs";
import { TICK_FIELDS, type InstigatorStatus, type Tick } from "./ticks";
import type { AssetKey } from "./types";
import type { UnauthorizedError } from "./viewer";

export type SensorType = "CUSTOM" | "ASSET" | "RUN_STATUS";

/** Everything a sensor's row and its page header show; sensors are few, so both read the same fields. */
const SENSOR_FIELDS = /* GraphQL */ `
  fragment SensorFields on Sensor {
    id
    name
    codeLocationName
    description
    sensorType
    status
    defaultStatus
    minimumIntervalSeconds
    cursor
    jobName
    selection
    assetKeys { path }
    partitionsDefinition { kind description }
    monitoredAssetKey { path }
    runStatus
    monitoredJobName
    monitoredAssetKeys { path }
    nextEvaluationAt
    lastTick { ...TickFields }
  }
  ${TICK_FIELDS}
`;

export interface Sensor {
  id: string;
  name: string;
  codeLocationName: string;
  description: string | null;
  sensorType: SensorType;
  status: InstigatorStatus;
  defaultStatus: InstigatorStatus;
  minimumIntervalSeconds: number;
  /** An event id for ASSET and RUN_STATUS sensors, whatever a CUSTOM sensor returned; null before the first evaluation. */
  cursor: string | null;
  jobName: string | null;
  selection: string | null;
  /** What its run requests materialize; empty for RUN_STATUS sensors. */
  assetKeys: AssetKey[];
  partitionsDefinition: { kind: PartitionsKind; description: string } | null;
  monitoredAssetKey: AssetKey | null;
  runStatus: Extract<RunStatus, "SUCCESS" | "FAILURE"> | null;
  monitoredJobName: string | null;
  monitoredAssetKeys: AssetKey[] | null;
  /** When the daemon evaluates it next, at the earliest; null while stopped. */
  nextEvaluationAt: string | null;
  lastTick: Tick | null;
}

export interface SensorSelector extends Record<string, unknown> {
  codeLocationName: string;
  sensorName: string;
}

export type SensorOrError = ({ __typename: "Sensor" } & Sensor) | { __typename: "SensorNotFoundError"; message: string };

// ---- sensorsOrError ----------------------------------------------------------------------------

export const SENSORS_QUERY = /* GraphQL */ `
  query Sensors {
    sensorsOrError {
      __typename
      ... on Sensors { results { ...SensorFields } }
      ... on CodeLocationNotFoundError { message }
    }
  }
  ${SENSOR_FIELDS}
`;

export type SensorsOrError = { __typename: "Sensors"; results: Sensor[] } | { __typename: "CodeLocationNotFoundError"; message: string };

export interface SensorsQueryData {
  sensorsOrError: SensorsOrError;
}

// ---- sensorOrError -----------------------------------------------------------------------------

export const SENSOR_OR_ERROR_QUERY = /* GraphQL */ `
  query SensorOrError($codeLocationName: String!, $sensorName: String!) {
    sensorOrError(codeLocationName: $codeLocationName, sensorName: $sensorName) {
      __typename
      ... on Sensor { ...SensorFields }
      ... on SensorNotFoundError { message }
    }
  }
  ${SENSOR_FIELDS}
`;

export interface SensorOrErrorQueryData {
  sensorOrError: SensorOrError;
}

// ---- a page of ticks ---------------------------------------------------------------------------

export const SENSOR_TICKS_QUERY = /* GraphQL */ `
  query SensorTicks($codeLocationName: String!, $sensorName: String!, $limit: Int!, $cursor: String) {
    sensorOrError(codeLocationName: $codeLocationName, sensorName: $sensorName) {
      __typename
      ... on Sensor { id ticks(limit: $limit, cursor: $cursor) { ...TickFields } }
      ... on SensorNotFoundError { message }
    }
  }
  ${TICK_FIELDS}
`;

export interface SensorTicksQueryData {
  sensorOrError: { __typename: "Sensor"; id: string; ticks: Tick[] } | { __typename: "SensorNotFoundError"; message: string };
}

export interface SensorTicksQueryVariables extends SensorSelector {
  limit: number;
  cursor: string | null;
}

// ---- startSensor / stopSensor ------------------------------------------------------------------

const toggleMutation = (field: "startSensor" | "stopSensor") => /* GraphQL */ `
  mutation ${field === "startSensor" ? "StartSensor" : "StopSensor"}($codeLocationName: String!, $sensorName: String!) {
    ${field}(codeLocationName: $codeLocationName, sensorName: $sensorName) {
      __typename
      ... on Sensor { ...SensorFields }
      ... on SensorNotFoundError { message }
      ... on UnauthorizedError { message permission }
    }
  }
  ${SENSOR_FIELDS}
`;

export const START_SENSOR_MUTATION = toggleMutation("startSensor");
export const STOP_SENSOR_MUTATION = toggleMutation("stopSensor");

export type SensorMutationResult = SensorOrError | UnauthorizedError;

export interface StartSensorData {
  startSensor: SensorMutationResult;
}

export interface StopSensorData {
  stopSensor: SensorMutationResult;
}

// ---- setSensorCursor ---------------------------------------------------------------------------

export const SET_SENSOR_CURSOR_MUTATION = /* GraphQL */ `
  mutation SetSensorCursor($codeLocationName: String!, $sensorName: String!, $cursor: String) {
    setSensorCursor(codeLocationName: $codeLocationName, sensorName: $sensorName, cursor: $cursor) {
      __typename
      ... on Sensor { ...SensorFields }
      ... on SensorNotFoundError { message }
      ... on InvalidSensorCursorError { message }
      ... on UnauthorizedError { message permission }
    }
  }
  ${SENSOR_FIELDS}
`;

export type SetSensorCursorResult = SensorOrError | { __typename: "InvalidSensorCursorError"; message: string } | UnauthorizedError;

export interface SetSensorCursorData {
  setSensorCursor: SetSensorCursorResult;
}

export interface SetSensorCursorVariables extends SensorSelector {
  /** Null clears it. */
  cursor: string | null;
}
