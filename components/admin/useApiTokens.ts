// The API tokens list for the admin page, and creating (its secret comes back once) and revoking one; each refreshes
// the list and the audit log.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type { ApiTokenFieldsFragment, CreateApiTokenMutationVariables } from "../../graphql/client/generated/graphql";
import { queryKeys } from "../../graphql/client/queryKeys";

export type ApiToken = ApiTokenFieldsFragment;

graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    role
    createdBy
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
  }
`);

const ApiTokensQueryDocument = graphql(`
  query ApiTokens {
    apiTokensOrError {
      __typename
      ... on ApiTokenList { tokens { ...ApiTokenFields } }
      ... on UnauthorizedError { message permission }
    }
  }
`);

const CreateApiTokenMutationDocument = graphql(`
  mutation CreateApiToken($name: String!, $role: Role!, $expiresInDays: Int) {
    createApiToken(name: $name, role: $role, expiresInDays: $expiresInDays) {
      __typename
      ... on CreateApiTokenSuccess { secret token { ...ApiTokenFields } }
      ... on InvalidInputError { field message }
      ... on UnauthorizedError { message permission }
    }
  }
`);

const RevokeApiTokenMutationDocument = graphql(`
  mutation RevokeApiToken($name: String!) {
    revokeApiToken(name: $name) {
      __typename
      ... on ApiToken { ...ApiTokenFields }
      ... on ApiTokenNotFoundError { message }
      ... on UnauthorizedError { message permission }
    }
  }
`);

export function useApiTokens() {
  return useQuery({
    queryKey: queryKeys.apiTokens,
    queryFn: ({ signal }) => fetchGraphQL(ApiTokensQueryDocument, {}, { signal }).then((d) => d.apiTokensOrError),
  });
}

function useInvalidateApiTokens() {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.apiTokens }),
      queryClient.invalidateQueries({ queryKey: queryKeys.allAuditEvents }),
    ]);
  };
}

export function useCreateApiToken() {
  const invalidate = useInvalidateApiTokens();
  return useMutation({
    mutationFn: (variables: CreateApiTokenMutationVariables) =>
      fetchGraphQL(CreateApiTokenMutationDocument, variables).then((d) => d.createApiToken),
    onSettled: invalidate,
  });
}

export function useRevokeApiToken() {
  const invalidate = useInvalidateApiTokens();
  return useMutation({
    mutationFn: (name: string) => fetchGraphQL(RevokeApiTokenMutationDocument, { name }).then((d) => d.revokeApiToken),
    onSettled: invalidate,
  });
}
