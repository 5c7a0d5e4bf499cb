// The API tokens list for the admin page, and creating and revoking; each refreshes the list and the audit log.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  API_TOKENS_QUERY,
  CREATE_API_TOKEN_MUTATION,
  REVOKE_API_TOKEN_MUTATION,
  type ApiTokensQueryData,
  type CreateApiTokenData,
  type CreateApiTokenVariables,
  type RevokeApiTokenData,
  type RevokeApiTokenVariables,
} from "./apiTokens";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";

export function useApiTokens() {
  return useQuery({
    queryKey: queryKeys.apiTokens,
    queryFn: ({ signal }) => fetchGraphQL<ApiTokensQueryData>(API_TOKENS_QUERY, undefined, { signal }).then((d) => d.apiTokensOrError),
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
    mutationFn: (variables: CreateApiTokenVariables) =>
      fetchGraphQL<CreateApiTokenData, CreateApiTokenVariables>(CREATE_API_TOKEN_MUTATION, variables).then((d) => d.createApiToken),
    onSettled: invalidate,
  });
}

export function useRevokeApiToken() {
  const invalidate = useInvalidateApiTokens();
  return useMutation({
    mutationFn: (name: string) => fetchGraphQL<RevokeApiTokenData, RevokeApiTokenVariables>(REVOKE_API_TOKEN_MUTATION, { name }).then((d) => d.revokeApiToken),
    onSettled: invalidate,
  });
}
