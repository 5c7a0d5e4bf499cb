// The error thrown when definitions are invalid, carrying every problem found so users fix them in one pass.

export class InvalidDefinitionsError extends Error {
  /** One sentence per problem, each naming the asset involved and how to fix it. */
  readonly problems: string[];

  constructor(problems: readonly string[]) {
    super(formatProblems(problems));
    this.name = "InvalidDefinitionsError";
    this.problems = [...problems];
  }
}

function formatProblems(problems: readonly string[]): string {
  if (problems.length === 1) return `Invalid definitions: ${problems[0]}`;
  return `Invalid definitions (${problems.length} problems):\n${problems.map((p) => `  - ${p}`).join("\n")}`;
}
