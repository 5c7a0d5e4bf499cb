// Runs.backfills: with RunsFilter.foldBackfills, the backfills a page of the runs list shows in place of their runs.
// Its own module because it joins the run and backfill types, neither of which imports the other.
import "server-only";
import { foldedBackfills, MAX_FOLDED_BACKFILLS } from "../../lib/store/foldedBackfills";
import { builder } from "../builder";
import { BackfillRef } from "./backfill";
import { RunsRef } from "./run";

builder.objectField(RunsRef, "backfills", (t) =>
  t.field({
    type: [BackfillRef],
    description: `With foldBackfills: the backfills created within this page's span of time (from the run before its first to its last; to now on the first page, to the beginning on the last) that match its tag and asset filters, newest first, at most ${MAX_FOLDED_BACKFILLS}. Empty otherwise.`,
    resolve: async (page, _args, ctx) => (page.folded ? foldedBackfills(ctx.db, page.folded) : []),
  }),
);
