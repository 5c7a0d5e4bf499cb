// Checks on what an admin types for a user: email, password, grants. Shared by the API and `strata users`.
import { isRole, type Role } from "../core/auth/roles";
import { parseSelection } from "../core/selection";
import { passwordProblem } from "./passwords";

export const MAX_GRANTS = 50;
export const MAX_SELECTION_LENGTH = 1000;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}$/;

export type Checked<T> = { ok: true; value: T } | { ok: false; field: string; message: string };

export function checkEmail(email: string): Checked<string> {
  const trimmed = email.trim().toLowerCase();
  return EMAIL.test(trimmed)
    ? { ok: true, value: trimmed }
    : { ok: false, field: "email", message: `email: "${email.slice(0, 80)}" is not an email address` };
}

export function checkPassword(password: string): Checked<string> {
  const problem = passwordProblem(password);
  return problem ? { ok: false, field: "password", message: problem } : { ok: true, value: password };
}

export function checkRole(role: string): Checked<Role> {
  return isRole(role)
    ? { ok: true, value: role }
    : { ok: false, field: "role", message: `role: one of VIEWER, LAUNCHER, EDITOR, ADMIN, got "${role.slice(0, 40)}"` };
}

/** Each grant's selection must parse, so a typo cannot silently grant nothing (or everything). */
export function checkGrants(
  grants: readonly { role: string; selection: string }[],
): Checked<{ role: Role; selection: string }[]> {
  if (grants.length > MAX_GRANTS)
    return { ok: false, field: "grants", message: `grants: at most ${MAX_GRANTS}, got ${grants.length}` };
  const checked: { role: Role; selection: string }[] = [];
  const seen = new Set<string>();
  for (const [index, grant] of grants.entries()) {
    const role = checkRole(grant.role);
    if (!role.ok) return { ok: false, field: `grants.${index}.role`, message: `grants.${index}.${role.message}` };
    const selection = grant.selection.trim();
    if (!selection || selection.length > MAX_SELECTION_LENGTH)
      return {
        ok: false,
        field: `grants.${index}.selection`,
        message: `grants.${index}.selection: 1–${MAX_SELECTION_LENGTH} characters`,
      };
    const parsed = parseSelection(selection);
    if (!parsed.ok)
      return {
        ok: false,
        field: `grants.${index}.selection`,
        message: `grants.${index}.selection: ${parsed.error.message}`,
      };
    if (seen.has(selection))
      return {
        ok: false,
        field: `grants.${index}.selection`,
        message: `grants.${index}.selection: "${selection}" is granted twice`,
      };
    seen.add(selection);
    checked.push({ role: role.value, selection });
  }
  return { ok: true, value: checked };
}
