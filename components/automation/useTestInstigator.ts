// Testing a schedule or sensor: evaluates it now on the server and answers with the runs it would request. Nothing is
// launched or kept, so nothing in the cache changes.
import { useMutation } from "@tanstack/react-query";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type {
  TestRunRequestFieldsFragment,
  TestScheduleMutation,
  TestSensorMutation,
} from "../../graphql/client/generated/graphql";
import type { InstigatorKind } from "./useToggleInstigator";

export type TestRunRequest = TestRunRequestFieldsFragment;

graphql(`
  fragment TestRunRequestFields on TestRunRequest {
    runKey
    partitionKey
    tags { key value }
    runConfigYaml
  }
`);

const TestScheduleMutationDocument = graphql(`
  mutation TestSchedule($codeLocationName: String!, $scheduleName: String!, $tickTime: String) {
    testSchedule(codeLocationName: $codeLocationName, scheduleName: $scheduleName, tickTime: $tickTime) {
      __typename
      ... on ScheduleTestEvaluation { tickTime skipReason error runRequests { ...TestRunRequestFields } }
      ... on InstigatorNotFoundError { message }
      ... on InvalidTestInputError { field message }
      ... on UnauthorizedError { message }
    }
  }
`);

const TestSensorMutationDocument = graphql(`
  mutation TestSensor($codeLocationName: String!, $sensorName: String!, $cursor: String) {
    testSensor(codeLocationName: $codeLocationName, sensorName: $sensorName, cursor: $cursor) {
      __typename
      ... on SensorTestEvaluation { cursor skipReason error logs runRequests { ...TestRunRequestFields } }
      ... on InstigatorNotFoundError { message }
      ... on InvalidTestInputError { field message }
      ... on UnauthorizedError { message }
    }
  }
`);

export type TestAnswer = TestScheduleMutation["testSchedule"] | TestSensorMutation["testSensor"];

export interface TestInput {
  codeLocationName: string;
  name: string;
  /** A schedule's tick time (ISO 8601) or a sensor's cursor; empty for the default (now, or the kept cursor). */
  value: string;
}

export function useTestInstigator(kind: InstigatorKind) {
  return useMutation({
    mutationFn: async ({ codeLocationName, name, value }: TestInput): Promise<TestAnswer> => {
      const given = value.trim() === "" ? undefined : value.trim();
      // The server checks the tick time and names the field when it is malformed.
      if (kind === "schedule")
        return (
          await fetchGraphQL(TestScheduleMutationDocument, { codeLocationName, scheduleName: name, tickTime: given })
        ).testSchedule;
      return (await fetchGraphQL(TestSensorMutationDocument, { codeLocationName, sensorName: name, cursor: given }))
        .testSensor;
    },
  });
}
