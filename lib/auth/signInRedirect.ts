// Where sign-in sends the browser afterwards: a path on this console only, so a crafted link cannot bounce a user
// (and their fresh session) to another site.

import "server-only";

const BASE = "http://strata.invalid";

/** `next` when it is a same-origin path such as `/runs?status=FAILURE`, else `/`. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || next.length > 2048 || !next.startsWith("/")) return "/";
  // `//evil.example` and `/\evil.example` are protocol-relative to browsers; control characters hide such tricks.
  if (next.startsWith("//") || next.startsWith("/\\") || /[\u0000-\u001f\u007f]/.test(next)) return "/";
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE) return "/";
  // Back to the sign-in page would only show the form again.
  if (url.pathname === "/sign-in" || url.pathname.startsWith("/api/auth/")) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, remembering where to go afterwards and optionally why the last attempt failed. */
export function signInPageHref(next: string, error?: string): string {
  const params = new URLSearchParams();
  const safe = safeNextPath(next);
  if (safe !== "/") params.set("next", safe);
  if (error) params.set("error", error);
  const query = params.toString();
  return query ? `/sign-in?${query}` : "/sign-in";
}
