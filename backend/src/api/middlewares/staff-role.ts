import type { MiddlewareRoute } from "@medusajs/framework/http"

/** What marketing staff may reach under /admin (everything else answers 403). */
export const staffRoleRoutes: MiddlewareRoute[] = []
