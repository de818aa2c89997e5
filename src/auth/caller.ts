import { ForbiddenError, UnauthenticatedError } from "../errors/app-errors";
import { hasRole, type Identity, type Role } from "./identity";
import { keyOf, type KeyRing } from "./api-keys";

/**
 * Who sent a request, as the context carries it. `identity` is null for an anonymous caller; `badKey` is true
 * when a key came but matched none (every operation then fails with UNAUTHENTICATED rather than running
 * anonymously, so a typo in a key is noticed).
 */
export interface Caller {
  identity: Identity | null;
  badKey: boolean;
}

export const anonymous: Caller = { identity: null, badKey: false };

/** The caller of an HTTP request, from its Authorization or x-api-key header. */
export function callerOf(headers: Record<string, string | string[] | undefined>, keys: KeyRing): Caller {
  const key = keyOf(headers);
  if (key === null) return anonymous;
  const identity = keys.identify(key);
  return identity ? { identity, badKey: false } : { identity: null, badKey: true };
}

/** Whether the caller has a valid key whose role includes `role` (an editor's includes a reader's). */
export function callerHasRole(caller: Caller, role: Role): boolean {
  return !caller.badKey && caller.identity !== null && hasRole(caller.identity.role, role);
}

/** The caller's identity when its role includes `role`; UNAUTHENTICATED without a valid key, FORBIDDEN with too small a role. */
export function requireRole(caller: Caller, role: Role, what: string): Identity {
  if (caller.badKey)
    throw new UnauthenticatedError("The API key sent is not valid. Send a configured key as `Authorization: Bearer <key>`.");
  if (!caller.identity)
    throw new UnauthenticatedError(`${what} needs an API key with role ${role}: send it as \`Authorization: Bearer <key>\`.`);
  if (!hasRole(caller.identity.role, role)) {
    throw new ForbiddenError(`${what} needs role ${role}; the key "${caller.identity.name}" has role ${caller.identity.role}.`, role);
  }
  return caller.identity;
}
