// POST /api/v1/lineage, apart from the route file so tests drive it against their own database: one OpenLineage event
// or an array, recorded whole or not at all (lib/orchestration/lineage/receiveLineageEvents.ts).
import "server-only";
import {
  answeringErrors,
  type JsonApiOptions,
  jsonApiResponse,
  readJsonApiRequest,
} from "../../../../lib/auth/jsonApiRequest";
import { decideAccess } from "../../../../lib/core/auth/access";
import { receiveLineageEvents } from "../../../../lib/orchestration/lineage/receiveLineageEvents";

/** Bytes of one request: a batch of events with their schema and column lineage facets. */
export const MAX_LINEAGE_REQUEST_BYTES = 4 * 1024 * 1024;

export function handleLineageEvents(request: Request, options: JsonApiOptions): Promise<Response> {
  return answeringErrors(async () => {
    const read = await readJsonApiRequest(request, { maxBytes: MAX_LINEAGE_REQUEST_BYTES, ...options });
    if (!read.ok) return read.response;
    const { body, principal } = read.request;
    const access = decideAccess(principal, "REPORT_ASSET_EVENTS");
    if (!access.allowed) return jsonApiResponse(403, { error: access.message, permission: "REPORT_ASSET_EVENTS" });
    const result = await receiveLineageEvents(options.db, body, principal.name);
    if (!result.ok)
      return jsonApiResponse(400, {
        error: result.problems.map((p) => `${p.path}: ${p.message} (${p.rule})`).join("; "),
        problems: result.problems,
      });
    const { ok: _ok, ...counts } = result;
    return jsonApiResponse(200, counts);
  });
}
