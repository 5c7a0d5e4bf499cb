// POST /api/v1/asset-events, apart from the route file so tests drive it against their own database: one event, or
// `{ "events": [...] }`, recorded all or nothing (lib/orchestration/assetEvents/reportAssetEvents.ts).
import "server-only";
import {
  answeringErrors,
  type JsonApiOptions,
  jsonApiResponse,
  readJsonApiRequest,
} from "../../../../lib/auth/jsonApiRequest";
import { REPORT_PERMISSION, reportAssetEvents } from "../../../../lib/orchestration/assetEvents/reportAssetEvents";

/** `{ events }` as sent, or a lone event as a batch of one (its problems are then under events[0]). */
function asBatch(body: unknown): unknown {
  const isObject = typeof body === "object" && body !== null && !Array.isArray(body);
  return isObject && !("events" in body) ? { events: [body] } : body;
}

export function handleAssetEvents(request: Request, options: JsonApiOptions): Promise<Response> {
  return answeringErrors(async () => {
    const read = await readJsonApiRequest(request, options);
    if (!read.ok) return read.response;
    const result = await reportAssetEvents(options.db, {
      body: asBatch(read.request.body),
      principal: read.request.principal,
    });
    switch (result.kind) {
      case "success":
        return jsonApiResponse(200, {
          count: result.eventIds.length,
          eventIds: result.eventIds.map(String),
          unknownAssetKeys: result.unknownAssetKeys,
        });
      case "invalid":
        return jsonApiResponse(400, { error: result.message, problems: result.problems });
      case "unauthorized":
        return jsonApiResponse(403, { error: result.message, permission: REPORT_PERMISSION });
    }
  });
}
