// What an admin mutation's answer or failure says went wrong, and which field it is about (InvalidInputError.field).
import { errorMessage } from "../../graphql/client/fetchGraphQL";

export interface AdminProblem {
  /** The argument the API named (`email`, `grants.1.selection`), or null for the form as a whole. */
  field: string | null;
  message: string;
}

/** Null while nothing was sent, or when the answer is `success`. */
export function problemOf(
  result: { __typename: string } | undefined,
  error: unknown,
  success: string,
): AdminProblem | null {
  if (error) return { field: null, message: errorMessage(error) };
  if (!result || result.__typename === success) return null;
  const message =
    "message" in result && typeof result.message === "string"
      ? result.message
      : `The server answered ${result.__typename}.`;
  const field = "field" in result && typeof result.field === "string" ? result.field : null;
  return { field, message };
}

/** The message when it is about `field`, for the error under that field. */
export function messageFor(problem: AdminProblem | null, field: string): string | null {
  return problem && problem.field === field ? problem.message : null;
}

/** The message when it is about none of `fields`, for the error under the form. */
export function generalMessage(problem: AdminProblem | null, fields: readonly string[]): string | null {
  return problem && (problem.field === null || !fields.includes(problem.field)) ? problem.message : null;
}
