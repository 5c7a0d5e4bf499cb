// Which field an admin form shows a refusal under.
import { describe, expect, it } from "vitest";
import { generalMessage, messageFor, problemOf } from "./adminProblem";

describe("problemOf", () => {
  it("is null before an answer and for the success member", () => {
    expect(problemOf(undefined, null, "User")).toBeNull();
    expect(problemOf({ __typename: "User" }, null, "User")).toBeNull();
  });

  it("keeps the field an InvalidInputError names", () => {
    const problem = problemOf(
      { __typename: "InvalidInputError", field: "grants.1.selection", message: "grants.1.selection: bad" } as {
        __typename: string;
      },
      null,
      "User",
    );
    expect(problem).toEqual({ field: "grants.1.selection", message: "grants.1.selection: bad" });
    expect(messageFor(problem, "grants.1.selection")).toBe("grants.1.selection: bad");
    expect(messageFor(problem, "grants.0.selection")).toBeNull();
    expect(generalMessage(problem, ["grants.1.selection"])).toBeNull();
  });

  it("shows an UnauthorizedError or a transport failure under the form", () => {
    const refused = problemOf(
      { __typename: "UnauthorizedError", message: "Managing users needs the Admin role" } as { __typename: string },
      null,
      "User",
    );
    expect(generalMessage(refused, ["email"])).toBe("Managing users needs the Admin role");
    expect(problemOf(undefined, new Error("Could not reach the Strata server."), "User")?.message).toBe(
      "Could not reach the Strata server.",
    );
  });
});
