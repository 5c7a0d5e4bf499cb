// Users and their roles for the admin pages: the list, and adding, changing, granting and deleting, each with its
// hand-written result type.
import type { Role } from "../../lib/core/auth/roles";
import type { RoleGrant, UnauthorizedError } from "./viewer";

const USER_FIELDS = /* GraphQL */ `
  fragment UserFields on User {
    id
    email
    displayName
    role
    grants { role selection }
    disabled
    hasPassword
    signsInWithOidc
    createdAt
    lastSignInAt
  }
`;

export const USERS_QUERY = /* GraphQL */ `
  query Users {
    usersOrError {
      __typename
      ... on UserList { users { ...UserFields } }
      ... on UnauthorizedError { message permission }
    }
  }
  ${USER_FIELDS}
`;

export interface User {
  id: string;
  email: string;
  displayName: string | null;
  role: Role;
  grants: RoleGrant[];
  disabled: boolean;
  hasPassword: boolean;
  signsInWithOidc: boolean;
  createdAt: string;
  lastSignInAt: string | null;
}

export type UsersOrError = { __typename: "UserList"; users: User[] } | UnauthorizedError;

export interface UsersQueryData {
  usersOrError: UsersOrError;
}

/** An argument the API refused: `field` names it (a path such as `grants.1.selection` for nested input). */
export interface InvalidInputError {
  __typename: "InvalidInputError";
  field: string;
  message: string;
}

const USER_RESULT_FIELDS = /* GraphQL */ `
  fragment UserResultFields on UserResult {
    __typename
    ... on User { ...UserFields }
    ... on InvalidInputError { field message }
    ... on UserNotFoundError { message }
    ... on UnauthorizedError { message permission }
  }
  ${USER_FIELDS}
`;

export type UserResult = ({ __typename: "User" } & User) | InvalidInputError | { __typename: "UserNotFoundError"; message: string } | UnauthorizedError;

export const CREATE_USER_MUTATION = /* GraphQL */ `
  mutation CreateUser($email: String!, $role: Role!, $password: String, $displayName: String) {
    createUser(email: $email, role: $role, password: $password, displayName: $displayName) { ...UserResultFields }
  }
  ${USER_RESULT_FIELDS}
`;

export interface CreateUserVariables extends Record<string, unknown> {
  email: string;
  role: Role;
  password?: string | null;
  displayName?: string | null;
}

export interface CreateUserData {
  createUser: UserResult;
}

export const UPDATE_USER_MUTATION = /* GraphQL */ `
  mutation UpdateUser($userId: String!, $role: Role, $password: String, $disabled: Boolean) {
    updateUser(userId: $userId, role: $role, password: $password, disabled: $disabled) { ...UserResultFields }
  }
  ${USER_RESULT_FIELDS}
`;

export interface UpdateUserVariables extends Record<string, unknown> {
  userId: string;
  role?: Role | null;
  password?: string | null;
  disabled?: boolean | null;
}

export interface UpdateUserData {
  updateUser: UserResult;
}

export const SET_USER_ROLE_GRANTS_MUTATION = /* GraphQL */ `
  mutation SetUserRoleGrants($userId: String!, $grants: [RoleGrantInput!]!) {
    setUserRoleGrants(userId: $userId, grants: $grants) { ...UserResultFields }
  }
  ${USER_RESULT_FIELDS}
`;

export interface SetUserRoleGrantsVariables extends Record<string, unknown> {
  userId: string;
  grants: RoleGrant[];
}

export interface SetUserRoleGrantsData {
  setUserRoleGrants: UserResult;
}

export const DELETE_USER_MUTATION = /* GraphQL */ `
  mutation DeleteUser($userId: String!) {
    deleteUser(userId: $userId) {
      __typename
      ... on DeleteUserSuccess { userId }
      ... on InvalidInputError { field message }
      ... on UserNotFoundError { message }
      ... on UnauthorizedError { message permission }
    }
  }
`;

export type DeleteUserResult =
  | { __typename: "DeleteUserSuccess"; userId: string }
  | InvalidInputError
  | { __typename: "UserNotFoundError"; message: string }
  | UnauthorizedError;

export interface DeleteUserData {
  deleteUser: DeleteUserResult;
}

export interface UserIdVariables extends Record<string, unknown> {
  userId: string;
}
