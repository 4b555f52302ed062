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
