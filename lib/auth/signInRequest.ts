// The edge checks shared by the sign-in and sign-out routes: same-origin JSON only, a bounded body, validated fields.
import { readBoundedBody } from "./boundedBody";
import "server-only";
import { z } from "zod";
import type { AuthConfig } from "../core/consoleSettings";
import { createOriginCheck } from "../http/allowedOrigins";
import { MAX_PASSWORD_LENGTH } from "./passwords";

/** A sign-in body is two short strings; anything much larger is not a sign-in. */
export const MAX_SIGN_IN_BODY_BYTES = 8 * 1024;

export interface JsonError {
  ok: false;
  error: string;
  /** The field a validation error is about, so the form can show it beside that field. */
  field?: string;
}

export function jsonResponse(status: number, body: { ok: true } | JsonError, headers: HeadersInit = {}): Response {
  const all = new Headers(headers);
  all.set("content-type", "application/json; charset=utf-8");
  all.set("cache-control", "no-store");
  return new Response(JSON.stringify(body), { status, headers: all });
}

export function jsonError(status: number, error: string, field?: string): Response {
  return jsonResponse(status, field ? { ok: false, error, field } : { ok: false, error });
}

export const SIGN_IN_NOT_CONFIGURED =
  "Sign-in is not configured on this Strata instance: add an `auth` section to strata.config.ts.";

/**
 * Refuses what a cross-site page could send: a form post cannot carry `content-type: application/json` without a
 * CORS preflight this server never grants, and a browser always names the page's origin on a cross-origin POST.
 */
export function crossSiteRefusal(request: Request, auth: AuthConfig): Response | null {
  const contentType = request.headers.get("content-type") ?? "";
  if (contentType.split(";")[0]!.trim().toLowerCase() !== "application/json") {
    return jsonError(415, "Send the request as JSON (content-type: application/json).");
  }
  // The same rule as the API's: the public URL's origin, or the origin of the host the request was sent to.
  const origin = request.headers.get("origin");
  if (
    origin !== null &&
    !createOriginCheck({ auth })(origin, request.headers.get("host") ?? new URL(request.url).host)
  ) {
    return jsonError(403, `Requests from ${origin} are refused: sign in from the Strata console itself.`);
  }
  return null;
}

/** The body as JSON, reading at most `maxBytes` of it whatever Content-Length claims. */
export async function readBoundedJson(
  request: Request,
  maxBytes = MAX_SIGN_IN_BODY_BYTES,
): Promise<{ kind: "ok"; value: unknown } | { kind: "refused"; response: Response }> {
  const tooLarge = () => ({
    kind: "refused" as const,
    response: jsonError(413, `The request body is larger than ${maxBytes} bytes.`),
  });
  const text = await readBoundedBody(request, maxBytes);
  if (text === null) return tooLarge();
  try {
    return { kind: "ok", value: JSON.parse(text) as unknown };
  } catch {
    return { kind: "refused", response: jsonError(400, "The request body is not valid JSON.") };
  }
}

export const signInBodySchema = z.object({
  email: z
    .string({ error: "email: enter your email address." })
    .trim()
    .min(1, "email: enter your email address.")
    .max(320, "email: at most 320 characters."),
  password: z
    .string({ error: "password: enter your password." })
    .min(1, "password: enter your password.")
    .max(MAX_PASSWORD_LENGTH, `password: at most ${MAX_PASSWORD_LENGTH} characters.`),
});

export type SignInBody = z.output<typeof signInBodySchema>;

/** The fields, or the first problem as a JSON error naming its field. */
export function parseSignInBody(
  value: unknown,
): { kind: "ok"; body: SignInBody } | { kind: "refused"; response: Response } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return {
      kind: "refused",
      response: jsonError(400, "The request body must be a JSON object with email and password."),
    };
  }
  const parsed = signInBodySchema.safeParse(value);
  if (parsed.success) return { kind: "ok", body: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { kind: "refused", response: jsonError(400, issue.message, String(issue.path[0] ?? "")) };
}
