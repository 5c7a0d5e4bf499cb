// API tokens for the admin pages: the list, creating one (its secret comes back once) and revoking one.
import type { Role } from "../../lib/core/auth/roles";
import type { InvalidInputError } from "./users";
import type { UnauthorizedError } from "./viewer";

const API_TOKEN_FIELDS = /* GraphQL */ `
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
`;

export const API_TOKENS_QUERY = /* GraphQL */ `
  query ApiTokens {
    apiTokensOrError {
      __typename
      ... on ApiTokenList { tokens { ...ApiTokenFields } }
      ... on UnauthorizedError { message permission }
    }
  }
  ${API_TOKEN_FIELDS}
`;

export interface ApiToken {
  id: string;
  name: string;
  role: Role;
  createdBy: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export type ApiTokensOrError = { __typename: "ApiTokenList"; tokens: ApiToken[] } | UnauthorizedError;

export interface ApiTokensQueryData {
  apiTokensOrError: ApiTokensOrError;
}

export const CREATE_API_TOKEN_MUTATION = /* GraphQL */ `
  mutation CreateApiToken($name: String!, $role: Role!, $expiresInDays: Int) {
    createApiToken(name: $name, role: $role, expiresInDays: $expiresInDays) {
      __typename
      ... on CreateApiTokenSuccess { secret token { ...ApiTokenFields } }
      ... on InvalidInputError { field message }
      ... on UnauthorizedError { message permission }
    }
  }
  ${API_TOKEN_FIELDS}
`;

export interface CreateApiTokenVariables extends Record<string, unknown> {
  name: string;
  role: Role;
  expiresInDays?: number | null;
}

export type CreateApiTokenResult = { __typename: "CreateApiTokenSuccess"; secret: string; token: ApiToken } | InvalidInputError | UnauthorizedError;

export interface CreateApiTokenData {
  createApiToken: CreateApiTokenResult;
}

export const REVOKE_API_TOKEN_MUTATION = /* GraphQL */ `
  mutation RevokeApiToken($name: String!) {
    revokeApiToken(name: $name) {
      __typename
      ... on ApiToken { ...ApiTokenFields }
      ... on ApiTokenNotFoundError { message }
      ... on UnauthorizedError { message permission }
    }
  }
  ${API_TOKEN_FIELDS}
`;

export interface RevokeApiTokenVariables extends Record<string, unknown> {
  name: string;
}

export type RevokeApiTokenResult = ({ __typename: "ApiToken" } & ApiToken) | { __typename: "ApiTokenNotFoundError"; message: string } | UnauthorizedError;

export interface RevokeApiTokenData {
  revokeApiToken: RevokeApiTokenResult;
}
