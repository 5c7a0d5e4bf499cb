// The users list for the admin page, and the mutations that change it; each refreshes the list and the audit log.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";
import {
  CREATE_USER_MUTATION,
  DELETE_USER_MUTATION,
  SET_USER_ROLE_GRANTS_MUTATION,
  UPDATE_USER_MUTATION,
  USERS_QUERY,
  type CreateUserData,
  type CreateUserVariables,
  type DeleteUserData,
  type SetUserRoleGrantsData,
  type SetUserRoleGrantsVariables,
  type UpdateUserData,
  type UpdateUserVariables,
  type UserIdVariables,
  type UsersQueryData,
} from "./users";

export function useUsers() {
  return useQuery({
    queryKey: queryKeys.users,
    queryFn: ({ signal }) => fetchGraphQL<UsersQueryData>(USERS_QUERY, undefined, { signal }).then((d) => d.usersOrError),
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
    mutationFn: (variables: CreateUserVariables) => fetchGraphQL<CreateUserData, CreateUserVariables>(CREATE_USER_MUTATION, variables).then((d) => d.createUser),
    onSettled: invalidate,
  });
}

export function useUpdateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (variables: UpdateUserVariables) => fetchGraphQL<UpdateUserData, UpdateUserVariables>(UPDATE_USER_MUTATION, variables).then((d) => d.updateUser),
    onSettled: invalidate,
  });
}

export function useSetUserRoleGrants() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (variables: SetUserRoleGrantsVariables) =>
      fetchGraphQL<SetUserRoleGrantsData, SetUserRoleGrantsVariables>(SET_USER_ROLE_GRANTS_MUTATION, variables).then((d) => d.setUserRoleGrants),
    onSettled: invalidate,
  });
}

export function useDeleteUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (userId: string) => fetchGraphQL<DeleteUserData, UserIdVariables>(DELETE_USER_MUTATION, { userId }).then((d) => d.deleteUser),
    onSettled: invalidate,
  });
}
