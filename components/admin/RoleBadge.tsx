// A role as a pill, stronger for roles that can change more.
import { type Role, roleLabel } from "../../lib/core/auth/roles";
import { Badge, type BadgeTone } from "../ui/Badge";

const tones: Record<Role, BadgeTone> = { VIEWER: "neutral", LAUNCHER: "blue", EDITOR: "amber", ADMIN: "accent" };

export function RoleBadge({ role, className }: { role: Role; className?: string }) {
  return (
    <Badge tone={tones[role]} className={className}>
      {roleLabel(role)}
    </Badge>
  );
}
