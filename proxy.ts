// The console's edge, in front of every request (pages, the API, static assets): a Host the console does not serve
// is refused (DNS rebinding), and every response carries the security headers (no framing, no sniffing, a CSP).
// No matcher: it runs for every path, _next/static included.
import { type NextRequest, NextResponse } from "next/server";
import { consoleSettingsFromEnv } from "./lib/core/consoleSettings";
import { createHostCheck, type HostDecision } from "./lib/http/allowedHosts";
import { applySecurityHeaders } from "./lib/http/securityHeaders";

let checkHost: ((host: string | null) => HostDecision) | undefined;

export function proxy(request: NextRequest): NextResponse {
  // Built on the first request, not at import, so `next build` does not need the settings `strata dev` passes.
  checkHost ??= createHostCheck(consoleSettingsFromEnv());
  const decision = checkHost(request.headers.get("host"));
  const response = decision.allowed
    ? NextResponse.next()
    : new NextResponse(`${decision.reason}\n`, {
        status: decision.status,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
  applySecurityHeaders(response.headers);
  return response;
}
