// A client's idempotency key for a launch: the bounds and alphabet it must keep to, checked before anything is stored.

/** The field the key arrives in, named by every refusal so a client knows which input to fix. */
export const IDEMPOTENCY_KEY_FIELD = "idempotencyKey" as const;
export const IDEMPOTENCY_KEY_MAX_LENGTH = 200;

// Letters, digits and - _ . : cover UUIDs, ULIDs and "<job>:<date>" keys, and keep keys safe to log and to print in
// a terminal or a URL without escaping.
const SAFE_KEY = /^[A-Za-z0-9._:-]+$/;

export type IdempotencyKeyCheck =
  | { ok: true; key: string | null }
  | { ok: false; field: typeof IDEMPOTENCY_KEY_FIELD; message: string };

/** null or undefined means no key (every launch creates); otherwise 1–200 characters of letters, digits and . _ : -. */
export function checkIdempotencyKey(key: string | null | undefined): IdempotencyKeyCheck {
  if (key === null || key === undefined) return { ok: true, key: null };
  const refuse = (why: string): IdempotencyKeyCheck => ({
    ok: false as const,
    field: IDEMPOTENCY_KEY_FIELD,
    message: `${IDEMPOTENCY_KEY_FIELD} ${why}`,
  });
  if (key.length === 0) return refuse("is empty; leave it out, or give 1 to 200 characters.");
  if (key.length > IDEMPOTENCY_KEY_MAX_LENGTH)
    return refuse(`has ${key.length} characters; at most ${IDEMPOTENCY_KEY_MAX_LENGTH} are allowed.`);
  if (!SAFE_KEY.test(key)) return refuse("may hold only letters, digits and . _ : - (a UUID fits).");
  return { ok: true, key };
}
