import { describe, expect, it } from "vitest";
import {
  fitsOnOneLine,
  foldedSummary,
  formatCell,
  formatMetadataNumber,
  oneLine,
  PREVIEW_ROW_LIMIT,
  parseColumnLineage,
  parseTablePreview,
  parseTableSchema,
  previewColumns,
  safeHttpUrl,
} from "./metadataValues";

describe("safeHttpUrl", () => {
  it("keeps absolute http and https URLs", () => {
    expect(safeHttpUrl("https://example.com/docs?x=1")).toBe("https://example.com/docs?x=1");
    expect(safeHttpUrl("  HTTP://example.com ")).toBe("http://example.com/");
  });

  it("refuses script, data, mail and relative URLs, however they are spelled", () => {
    for (const url of [
      "javascript:alert(1)",
      " JavaScript:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "mailto:a@example.com",
      "/assets/fact_events",
      "//evil.example/x",
      "https//missing-colon",
      "",
    ])
      expect(safeHttpUrl(url), url).toBeNull();
  });
});

describe("table schema and preview", () => {
  it("reads a schema's columns, descriptions optional", () => {
    expect(parseTableSchema(JSON.stringify({ columns: [{ name: "id", type: "int" }] }))).toEqual([
      { name: "id", type: "int", description: null },
    ]);
    expect(parseTableSchema("not json")).toBeNull();
    expect(parseTableSchema(JSON.stringify({ columns: [{ type: "int" }] }))).toBeNull();
  });

  it("takes a preview's columns from its schema when it has one", () => {
    const columns = [{ name: "b", type: "int", description: null }];
    expect(previewColumns(columns, [{ a: 1, b: 2 }])).toEqual(columns);
  });

  it("derives a preview's columns from the records' keys, in first-seen order, when no schema names any", () => {
    expect(previewColumns(null, [{ a: 1 }, { b: 2, a: 3 }, { c: null }]).map((c) => c.name)).toEqual(["a", "b", "c"]);
    expect(previewColumns([], [{ x: 1 }]).map((c) => c.name)).toEqual(["x"]);
  });

  it("shows at most PREVIEW_ROW_LIMIT rows and counts them all", () => {
    const records = Array.from({ length: 120 }, (_, i) => ({ n: i }));
    const preview = parseTablePreview(JSON.stringify({ columns: null, records }));
    expect(preview?.rows).toHaveLength(PREVIEW_ROW_LIMIT);
    expect(preview?.total).toBe(120);
    expect(preview?.columns.map((c) => c.name)).toEqual(["n"]);
    expect(foldedSummary("table_preview", JSON.stringify({ columns: null, records }))).toBe("Table preview · 120 rows");
  });

  it("prints null cells as a dash", () => {
    expect(formatCell(null)).toBe("—");
    expect(formatCell(false)).toBe("false");
    expect(formatCell(0)).toBe("0");
  });
});

describe("column lineage", () => {
  it("lists each column with the upstream columns it reads", () => {
    const text = JSON.stringify({ depsByColumn: { day: [{ assetKey: ["enriched_events"], column: "occurredAt" }] } });
    expect(parseColumnLineage(text)).toEqual([
      { column: "day", deps: [{ assetKey: ["enriched_events"], column: "occurredAt" }] },
    ]);
    expect(parseColumnLineage(JSON.stringify({ columns: [] }))).toBeNull();
  });
});

describe("numbers and folding", () => {
  it("groups digits and keeps what is not a number", () => {
    expect(formatMetadataNumber("1234567", "en-US")).toBe("1,234,567");
    expect(formatMetadataNumber("0.1234567891", "en-US")).toBe("0.123457");
    expect(formatMetadataNumber("NaN", "en-US")).toBe("NaN");
    expect(formatMetadataNumber("", "en-US")).toBe("");
  });

  it("folds structured values and long or multi-line text, and leaves short values on their line", () => {
    expect(fitsOnOneLine("int", "42")).toBe(true);
    expect(fitsOnOneLine("text", "short")).toBe(true);
    expect(fitsOnOneLine("text", "x".repeat(200))).toBe(false);
    expect(fitsOnOneLine("text", "a\nb")).toBe(false);
    expect(fitsOnOneLine("json", "[]")).toBe(false);
    expect(fitsOnOneLine("markdown", "hi")).toBe(false);
  });

  it("summarizes a folded value on one line", () => {
    expect(foldedSummary("json", '["a","b","c"]')).toBe("List · 3 items");
    expect(foldedSummary("json", '{"a":1}')).toBe("Object · 1 key");
    expect(foldedSummary("table_schema", JSON.stringify({ columns: [{ name: "a", type: "int" }] }))).toBe(
      "Table schema · 1 column",
    );
    expect(foldedSummary("markdown", "\n## Notes\nmore")).toBe("Notes");
    expect(foldedSummary("text", "## kept as written")).toBe("## kept as written");
    expect(oneLine("y".repeat(200))).toHaveLength(80);
  });
});
