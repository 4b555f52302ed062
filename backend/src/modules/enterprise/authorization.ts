/** Whether an authorization lets its enterprise use the brand at `at` (revocation ends it at once). */
export function isAuthorizationInForce(
  authorization: { valid_from: Date | string; valid_until: Date | string; revoked_at?: Date | string | null },
  at: Date = new Date()
): boolean {
  if (authorization.revoked_at) return false
  const from = new Date(authorization.valid_from).getTime()
  const until = new Date(authorization.valid_until).getTime()
  return from <= at.getTime() && at.getTime() <= until
}

export type AuthorizationStatus = "in_force" | "not_yet" | "expired" | "revoked"

/** Where an authorization stands at `at`, for staff screens. */
export function authorizationStatus(
  authorization: { valid_from: Date | string; valid_until: Date | string; revoked_at?: Date | string | null },
  at: Date = new Date()
): AuthorizationStatus {
  if (authorization.revoked_at) return "revoked"
  if (new Date(authorization.valid_from).getTime() > at.getTime()) return "not_yet"
  return isAuthorizationInForce(authorization, at) ? "in_force" : "expired"
}
