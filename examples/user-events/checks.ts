// The example's asset checks: the fact table must identify every user (blocking), and should hold a plausible day.
import { check } from "../../lib/sdk";
import { factEvents } from "./assets/userEvents";

/** Analytics count users; a row without one would silently shrink every metric, so it stops them. */
export const noNullUserIds = check({
  asset: factEvents,
  name: "no_null_user_ids",
  description: "Every fact row names its user; downstream metrics do not run on a day with anonymous rows.",
  severity: "ERROR",
  blocking: true,
  compute: (facts) => {
    const missing = facts.filter((fact) => fact.userId === null).length;
    return {
      passed: missing === 0,
      description:
        missing === 0
          ? `All ${facts.length} rows have a user id.`
          : `${missing} of ${facts.length} rows have no user id.`,
      metadata: { rows_without_user: missing, rows: facts.length },
    };
  },
});

const EXPECTED_ROWS = { min: 100, max: 5_000 };

/** A day far outside the usual volume points at a broken export rather than real traffic. */
export const rowCountInRange = check({
  asset: factEvents,
  name: "row_count_in_range",
  description: `A day holds between ${EXPECTED_ROWS.min} and ${EXPECTED_ROWS.max} rows.`,
  severity: "WARN",
  compute: (facts) => ({
    passed: facts.length >= EXPECTED_ROWS.min && facts.length <= EXPECTED_ROWS.max,
    description: `${facts.length} rows (expected ${EXPECTED_ROWS.min}–${EXPECTED_ROWS.max}).`,
    metadata: { row_count: facts.length },
  }),
});
