// The users list for the admin page, and the mutations that change it; each refreshes the list and the audit log.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type {
  CreateUserMutationVariables,
  SetUserRoleGrantsMutationVariables,
  UpdateUserMutationVariables,
  UserFieldsFragment,
} from "../../graphql/client/generated/graphql";
import { queryKeys } from "../../graphql/client/queryKeys";

export type User = UserFieldsFragment;

graphql(`
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
`);

graphql(`
  fragment UserResultFields on UserResult {
    __typename
    ... on User { ...UserFields }
    ... on InvalidInputError { field message }
    ... on UserNotFoundError { message }
    ... on UnauthorizedError { message permission }
  }
`);

const UsersQueryDocument = graphql(`
  query Users {
    usersOrError {
      __typename
      ... on UserList { users { ...UserFields } }
      ... on UnauthorizedError { message permission }
    }
  }
`);

const CreateUserMutationDocument = graphql(`
  mutation CreateUser($email: String!, $role: Role!, $password: String, $displayName: String) {
    createUser(email: $email, role: $role, password: $password, displayName: $displayName) { ...UserResultFields }
  }
`);

const UpdateUserMutationDocument = graphql(`
  mutation UpdateUser($userId: String!, $role: Role, $password: String, $disabled: Boolean) {
    updateUser(userId: $userId, role: $role, password: $password, disabled: $disabled) { ...UserResultFields }
  }
`);

const SetUserRoleGrantsMutationDocument = graphql(`
  mutation SetUserRoleGrants($userId: String!, $grants: [RoleGrantInput!]!) {
    setUserRoleGrants(userId: $userId, grants: $grants) { ...UserResultFields }
  }
`);

const DeleteUserMutationDocument = graphql(`
  mutation DeleteUser($userId: String!) {
    deleteUser(userId: $userId) {
      __typename
      ... on DeleteUserSuccess { userId }
      ... on InvalidInputError { field message }
      ... on UserNotFoundError { message }
      ... on UnauthorizedError { message permission }
    }
  }
`);

export function useUsers() {
  return useQuery({
    queryKey: queryKeys.users,
    queryFn: ({ signal }) => fetchGraphQL(UsersQueryDocument, {}, { signal }).then((d) => d.usersOrError),
  });
}

function useInvalidateUsers() {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.users }),
      queryClient.invalidateQueries({ queryKey: queryKeys.allAuditEvents }),
      // An admin may have changed their own grants or password.
      queryClient.invalidateQueries({ queryKey: queryKeys.viewer }),
    ]);
  };
}

export function useCreateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (variables: CreateUserMutationVariables) =>
      fetchGraphQL(CreateUserMutationDocument, variables).then((d) => d.createUser),
    onSettled: invalidate,
  });
}

export function useUpdateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (variables: UpdateUserMutationVariables) =>
      fetchGraphQL(UpdateUserMutationDocument, variables).then((d) => d.updateUser),
    onSettled: invalidate,
  });
}

export function useSetUserRoleGrants() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (variables: SetUserRoleGrantsMutationVariables) =>
      fetchGraphQL(SetUserRoleGrantsMutationDocument, variables).then((d) => d.setUserRoleGrants),
    onSettled: invalidate,
  });
}

export function useDeleteUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (userId: string) => fetchGraphQL(DeleteUserMutationDocument, { userId }).then((d) => d.deleteUser),
    onSettled: invalidate,
  });
}
