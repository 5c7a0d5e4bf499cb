// A role picker: Viewer, Launcher, Editor, Admin, least to most.
import { ROLES, type Role, roleLabel } from "../../lib/core/auth/roles";
import { cx } from "../ui/cx";
import { labelClass } from "./formStyles";

export function RoleSelect({
  value,
  onChange,
  label,
  id,
  disabled,
  className,
}: {
  value: Role;
  onChange: (role: Role) => void;
  /** The accessible name when no <label> points at it. */
  label?: string;
  id?: string;
  disabled?: boolean;
  className?: string;
}) {
  return (
    <select
      id={id}
      aria-label={label}
      value={value}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value as Role)}
      className={cx(
        "h-9 rounded-md border border-neutral-300 bg-white px-2 text-[13px] text-neutral-800 shadow-xs outline-none focus:border-accent-500 focus:ring-2 focus:ring-accent-100 disabled:opacity-60",
        className,
      )}
    >
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {roleLabel(role)}
        </option>
      ))}
    </select>
  );
}

/** A labelled role picker for the admin forms. */
export function RoleField({ id, value, onChange }: { id: string; value: Role; onChange: (role: Role) => void }) {
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        Role
      </label>
      <RoleSelect id={id} value={value} onChange={onChange} className="w-32" />
    </div>
  );
}
