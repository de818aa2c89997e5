/** What a key lets its holder do. Each role includes the ones before it: reader < editor < admin. */
export const roles = ["reader", "editor", "admin"] as const;
export type Role = (typeof roles)[number];

/** Who is calling: the name of their key and its role. */
export interface Identity {
  name: string;
  role: Role;
}

/** Whether `role` includes `needed` (an admin may do what an editor may). */
export function hasRole(role: Role, needed: Role): boolean {
  return roles.indexOf(role) >= roles.indexOf(needed);
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
