// How an audit event's details read in the table.
import { describe, expect, it } from "vitest";
import { compactJson } from "./compactJson";

describe("compactJson", () => {
  it("prints details on one line", () => {
    expect(compactJson('{\n  "role": "ADMIN",\n  "expiresAt": null\n}')).toBe('{"role":"ADMIN","expiresAt":null}');
  });
  it("shows nothing for empty details", () => {
    expect(compactJson("{}")).toBe("");
    expect(compactJson("null")).toBe("");
  });
  it("keeps text that is not JSON as it is", () => {
    expect(compactJson("not json")).toBe("not json");
  });
});
