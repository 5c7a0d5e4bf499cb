// The selection box's completions: attributes, values of the attribute being typed, keys and operators.
import { describe, expect, it } from "vitest";
import { parseSelection } from "../../lib/core/selection";
import {
  applyCompletion,
  type Completion,
  completeSelection,
  MAX_COMPLETIONS,
  selectionVocabulary,
} from "./selectionCompletion";

const vocabulary = selectionVocabulary([
  {
    assetKey: { path: ["raw_events"] },
    groupName: "user_events",
    kinds: ["postgres"],
    owners: ["data@example.com"],
    tags: [{ key: "tier", value: "gold" }],
    codeLocationName: "user-events",
    columnNames: ["user_id"],
  },
  {
    assetKey: { path: ["analytics", "weekly_report"] },
    groupName: "analytics",
    kinds: ["python"],
    owners: [],
    tags: [{ key: "team", value: "growth hackers" }],
    codeLocationName: "user-events",
    columnNames: [],
  },
]);

const labels = (completion: Completion) => completion.items.map((i) => i.label);
const at = (text: string) => completeSelection(text, text.length, vocabulary);

describe("completeSelection", () => {
  it("offers attributes by prefix, each ending in a colon", () => {
    const completion = at("gro");
    expect(labels(completion)[0]).toBe("group:");
    expect(completion).toMatchObject({ from: 0, to: 3 });
    expect(applyCompletion("gro", completion, completion.items[0] as never)).toEqual({ text: "group:", cursor: 6 });
  });

  it("offers every attribute of the grammar and the starting operators in an empty box", () => {
    expect(labels(at(""))).toEqual([
      "key:",
      "group:",
      "tag:",
      "owner:",
      "kind:",
      "code_location:",
      "column:",
      "not",
      "+",
      "(",
      "*",
    ]);
  });

  it("offers the values of the attribute being typed, prefix matches first", () => {
    expect(labels(at("group:"))).toEqual(["analytics", "user_events"]);
    expect(labels(at("group:ev"))).toEqual(["user_events"]);
    expect(labels(at("kind:p"))).toEqual(["postgres", "python"]);
    expect(labels(at("owner:"))).toEqual(["data@example.com"]);
    expect(labels(at("code_location:"))).toEqual(["user-events"]);
    expect(labels(at("column:u"))).toEqual(["user_id"]);
    expect(labels(at("tag:t"))).toEqual(["team", "team=growth hackers", "tier", "tier=gold"]);
    expect(labels(at("key:week"))).toEqual(["analytics/weekly_report"]);
  });

  it("quotes values that would not parse as one term, so the accepted text is a valid selection", () => {
    const completion = at("tag:team=");
    const item = completion.items.find((i) => i.label === "team=growth hackers");
    if (!item) throw new Error("missing tag value");
    const { text } = applyCompletion("tag:team=", completion, item);
    expect(text).toBe('tag:team="growth hackers"');
    expect(parseSelection(text).ok).toBe(true);
  });

  it("replaces the whole term under the cursor, not only what is before it", () => {
    const text = "group:an and kind:python";
    const completion = completeSelection(text, 7, vocabulary);
    expect(completion).toMatchObject({ from: 0, to: 8 });
    const item = completion.items[0];
    if (!item) throw new Error("no completion");
    expect(applyCompletion(text, completion, item)).toEqual({ text: "group:analytics and kind:python", cursor: 15 });
  });

  it("offers operators after a complete term and attributes after an operator", () => {
    expect(labels(at("group:analytics "))).toEqual(["and", "or", "+"]);
    expect(labels(at("(raw_events) "))).toEqual(["and", "or", "+"]);
    expect(labels(at("group:analytics and "))).toContain("group:");
    expect(labels(at("not "))).toContain("kind:");
    expect(labels(at("raw_events an"))).toEqual(["and"]);
  });

  it("offers matching asset keys alongside attributes for a bare word", () => {
    expect(labels(at("rep"))).toEqual(["analytics/weekly_report"]);
    expect(labels(at("k"))).toEqual(["key:", "kind:", "analytics/weekly_report"]);
    expect(labels(at("raw"))).toEqual(["raw_events"]);
    // A word that is already a whole key offers nothing more to type.
    expect(labels(at("raw_events"))).toEqual([]);
  });

  it("says which attributes exist when the typed one is unknown", () => {
    expect(labels(at("gr:x"))).toEqual(["group:"]);
    expect(labels(at("zz:x"))).toEqual([]);
  });

  it("offers nothing inside a quoted value", () => {
    expect(labels(at('group:"user '))).toEqual([]);
  });

  it("keeps lists short", () => {
    const many = selectionVocabulary(
      Array.from({ length: 40 }, (_, i) => ({
        assetKey: { path: [`asset_${i}`] },
        groupName: `group_${i}`,
        kinds: [],
        owners: [],
        tags: [],
        codeLocationName: "loc",
        columnNames: [],
      })),
    );
    expect(completeSelection("group:", 6, many).items).toHaveLength(MAX_COMPLETIONS);
  });
});
