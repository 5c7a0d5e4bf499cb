// One idempotency key per click on a launch button: a dropped connection is retried with the same key, so the server
// launches once however many times the request arrives.
import type { MutateOptions, UseMutationResult } from "@tanstack/react-query";
import { GraphQLRequestError } from "./fetchGraphQL";

export type WithIdempotencyKey<T> = T & { idempotencyKey: string };

/** A UUID; crypto.randomUUID exists only in secure contexts, so a console served over plain HTTP draws the bytes itself. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Retry a launch only when it may never have arrived, or the server failed before answering: the key makes the
 * retry safe. A typed error (bad selection, refused role) is an answer and is not retried.
 */
export function retryLaunch(failureCount: number, error: unknown): boolean {
  return failureCount < 2 && error instanceof GraphQLRequestError && (error.status === null || error.status >= 500);
}

type KeyedOptions<TData, TError, TVariables, TContext> = MutateOptions<
  TData,
  TError,
  WithIdempotencyKey<TVariables>,
  TContext
>;

export type KeyedMutation<TData, TError, TVariables, TContext> = Omit<
  UseMutationResult<TData, TError, WithIdempotencyKey<TVariables>, TContext>,
  "mutate" | "mutateAsync"
> & {
  /** One call is one click: it draws a new key, which TanStack Query's retries of this call reuse. */
  mutate: (variables: TVariables, options?: KeyedOptions<TData, TError, TVariables, TContext>) => void;
  mutateAsync: (variables: TVariables, options?: KeyedOptions<TData, TError, TVariables, TContext>) => Promise<TData>;
};

/** The mutation with a fresh idempotency key added to the variables of each mutate call (unless the caller gave one). */
export function keyEachLaunch<TData, TError, TVariables extends { idempotencyKey?: string | null }, TContext>(
  mutation: UseMutationResult<TData, TError, WithIdempotencyKey<TVariables>, TContext>,
): KeyedMutation<TData, TError, TVariables, TContext> {
  const keyed = (variables: TVariables): WithIdempotencyKey<TVariables> => ({
    ...variables,
    idempotencyKey: variables.idempotencyKey ?? newIdempotencyKey(),
  });
  return {
    ...mutation,
    mutate: (variables, options) => mutation.mutate(keyed(variables), options),
    mutateAsync: (variables, options) => mutation.mutateAsync(keyed(variables), options),
  };
}
