// OpenLineage's HTTP transport target, as Marquez serves it: POST one event or an array of events. 200 with what was
// recorded; 400 naming the JSON path and the rule of every problem, with nothing of the request stored.
import { receiveLineageEvents } from "../../../../lib/orchestration/lineage/receiveLineageEvents";
import { getPrisma } from "../../../../lib/store/prisma";
import { jsonResponse, readJsonApiRequest, refusal } from "../jsonApiRequest";

export const dynamic = "force-dynamic";

/** Bytes of one request: a thousand events with their schema and column lineage facets. */
const MAX_LINEAGE_REQUEST_BYTES = 4 * 1024 * 1024;

export async function POST(request: Request): Promise<Response> {
  const db = getPrisma();
  const read = await readJsonApiRequest(db, request, {
    permission: "REPORT_ASSET_EVENTS",
    maxBytes: MAX_LINEAGE_REQUEST_BYTES,
  });
  if (!read.ok) return read.response;
  try {
    const result = await receiveLineageEvents(db, read.body, read.principal.name);
    if (!result.ok)
      return jsonResponse(400, {
        error: {
          code: "INVALID_OPENLINEAGE_EVENT",
          message: result.problems.map((p) => `${p.path}: ${p.message} (${p.rule})`).join("; "),
        },
        problems: result.problems,
      });
    const { ok: _ok, ...counts } = result;
    return jsonResponse(200, counts);
  } catch (error) {
    // A failed transaction stored nothing; say so rather than answer with an HTML 500 page.
    return refusal(
      503,
      "NOT_RECORDED",
      `The events were not recorded, nothing of this request was stored: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
