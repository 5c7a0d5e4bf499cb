// Errors the engine throws before any step starts, and the step errors that name what went wrong.

/** The run cannot start: unknown asset keys, invalid run config or unusable resources. Nothing was executed. */
export class InvalidRunError extends Error {
  readonly errors: string[];

  constructor(errors: readonly string[]) {
    super(
      errors.length === 1
        ? `Cannot start the run: ${errors[0]}`
        : `Cannot start the run (${errors.length} problems):\n${errors.map((e) => `  - ${e}`).join("\n")}`,
    );
    this.name = "InvalidRunError";
    this.errors = [...errors];
  }
}

/** A step input that no attempt can fix (an upstream never materialized), so the step is not retried. */
export class InputUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputUnavailableError";
  }
}

/**
 * The store refused an event (the database went away, a transaction failed): the run stopped, and no event after the
 * lost one was written, so no step reads as succeeded whose log lines are missing.
 */
export class EventWriteError extends Error {
  constructor(cause: unknown) {
    super(
      `The run's events could not be written, so the run stopped: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
    this.name = "EventWriteError";
  }
}
