import { describe, expect, it } from "vitest";
import { formatPartitionSelection, parsePartitionSelection } from "../../lib/core/partitions";
import { clientKeySpace, explainSelectionProblem } from "./clientKeySpace";
import { matrixGridLayout } from "./partitionGridLayout";

const dates = ["2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04", "2026-01-05"];
const regions = ["americas", "emea", "apac"];

describe("clientKeySpace", () => {
  it("parses and formats 1-D selections over the API's keys", () => {
    const space = clientKeySpace([{ name: "default", kind: "TIME_WINDOW", keys: dates }]);
    const parsed = parsePartitionSelection(space, "2026-01-01...2026-01-03, 2026-01-05");
    expect(parsed).toEqual({
      ok: true,
      ranges: [
        [0, 2],
        [4, 4],
      ],
    });
    expect(
      formatPartitionSelection(space, [
        [0, 2],
        [4, 4],
      ]),
    ).toBe("2026-01-01...2026-01-03, 2026-01-05");
    const dimensions = [{ name: "default", kind: "TIME_WINDOW" as const, keys: dates }];
    const explain = (text: string) => {
      const parsed = parsePartitionSelection(space, text);
      return parsed.ok ? null : explainSelectionProblem(dimensions, parsed.message);
    };
    expect(explain("2025-12-31")).toBe('"2025-12-31" is before the first partition, 2026-01-01.');
    expect(explain("2026-02-01...2026-02-03")).toBe(
      '"2026-02-01" is after the last partition, 2026-01-05: a window appears once it has ended.',
    );
    expect(explain("jan")).toBe('"jan" is not a partition key; keys look like "2026-01-01".');
    // A date that does not exist is an invalid date, not one after the last partition.
    expect(explain("2026-13-01")).toBe('"2026-13-01" is not a real date: months go 01-12.');
    expect(explain("2026-01-02...2026-02-30")).toBe('"2026-02-30" is not a real date: February 2026 has 28 days.');
  });

  it("calls an impossible date in a 2-D key an invalid date too", () => {
    const date = { name: "date", kind: "TIME_WINDOW" as const, keys: dates };
    const region = { name: "region", kind: "STATIC" as const, keys: regions };
    const space = clientKeySpace([date, region]);
    const parsed = parsePartitionSelection(space, "2026-13-01|emea");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(explainSelectionProblem([date, region], parsed.message)).toBe(
        '"2026-13-01" is not a real date: months go 01-12.',
      );
  });

  it("round-trips a rectangle dragged in the 2-D grid through its text", () => {
    const date = { name: "date", kind: "TIME_WINDOW" as const, keys: dates };
    const region = { name: "region", kind: "STATIC" as const, keys: regions };
    const space = clientKeySpace([date, region]);
    expect(space.size).toBe(15);
    expect(space.keyAt(7)).toBe("2026-01-03|emea");
    expect(space.indexOf("2026-01-03|emea")).toBe(7);
    expect(space.indexOf("2026-01-03|mars")).toBe(-1);

    const layout = matrixGridLayout(date, region);
    const from = layout.indexAt(0, 1) ?? -1; // americas × 2026-01-02
    const to = layout.indexAt(1, 3) ?? -1; // emea × 2026-01-04
    const ranges = layout.span(from, to);
    const text = formatPartitionSelection(space, ranges);
    expect(text).toBe("2026-01-02|americas...2026-01-04|emea");
    expect(parsePartitionSelection(space, text)).toEqual({ ok: true, ranges });
  });
});
