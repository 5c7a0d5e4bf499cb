// Sends the sign-in form to POST /api/auth/sign-in and turns every answer into what the form shows.

export type FieldErrors = Partial<Record<"email" | "password", string>>;

export type SignInOutcome =
  | { kind: "success" }
  | { kind: "refused"; fieldErrors: FieldErrors; formError: string | null };

/** The same rules the server applies, checked first so an empty field is named without a round trip. */
export function signInFieldErrors(fields: { email: string; password: string }): FieldErrors {
  const errors: FieldErrors = {};
  if (!fields.email.trim()) errors.email = "Enter your email address.";
  if (!fields.password) errors.password = "Enter your password.";
  return errors;
}

/** "password: at most 256 characters." → "At most 256 characters.": beside the field, its name is already shown. */
function withoutFieldName(message: string): string {
  const text = message.replace(/^\w+: /, "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export async function submitSignIn(fields: { email: string; password: string }): Promise<SignInOutcome> {
  const fieldErrors = signInFieldErrors(fields);
  if (Object.keys(fieldErrors).length > 0) return { kind: "refused", fieldErrors, formError: null };
  let response: Response;
  try {
    response = await fetch("/api/auth/sign-in", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ email: fields.email.trim(), password: fields.password }),
    });
  } catch {
    return {
      kind: "refused",
      fieldErrors: {},
      formError: "Could not reach the Strata server. Check your connection and try again.",
    };
  }
  if (response.ok) return { kind: "success" };
  const body = (await response.json().catch(() => null)) as { error?: unknown; field?: unknown } | null;
  const message = typeof body?.error === "string" ? body.error : `Sign-in failed (${response.status}).`;
  if (body?.field === "email" || body?.field === "password")
    return { kind: "refused", fieldErrors: { [body.field]: withoutFieldName(message) }, formError: null };
  return { kind: "refused", fieldErrors: {}, formError: message };
}
