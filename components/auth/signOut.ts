// Signing out from the browser: the server ends the session, then a full page load drops every cached answer.

export async function signOut(): Promise<void> {
  // JSON, like every auth request: the server refuses anything a cross-site form could send.
  const response = await fetch("/api/auth/sign-out", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
  });
  if (!response.ok) throw new Error(`Signing out failed (${response.status}).`);
  // A full load on purpose: nothing cached for the signed-in user may outlive the session.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.assign("/sign-in");
}
