// Test helper: the problems an InvalidDefinitionsError lists, failing when nothing is thrown.
import { InvalidDefinitionsError } from "./errors";

export function problemsOf(define: () => unknown): string[] {
  try {
    define();
  } catch (error) {
    if (error instanceof InvalidDefinitionsError) return error.problems;
    throw error;
  }
  throw new Error("expected InvalidDefinitionsError");
}
