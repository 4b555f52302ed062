import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { MARKETING_IMAGE_TYPES, marketingMay, marketingRefusal, refusedUpload, staffRole } from "../../lib/staff-roles"

/**
 * Refuses marketing staff every admin route outside their allow-list, before any other admin
 * middleware or handler runs. Medusa has authenticated the request already (its /admin auth runs
 * ahead of project middlewares); secret API keys are integrations, not staff, and pass.
 */
export async function checkStaffRole(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const auth = (req as AuthedRequest).auth_context
  if (!auth?.actor_id || auth.actor_type !== "user") return next()
  // A mounted wildcard leaves req.path as "/", so decide on the full URL.
  const url = req.originalUrl
  if (marketingMay(req.method, url)) return next()
  // One primary-key lookup per refused-or-not request outside the allow-list; allowed paths skip it.
  const [user] = await req.scope
    .resolve(Modules.USER)
    .listUsers({ id: auth.actor_id }, { select: ["id", "metadata"], take: 1 })
  if (!user) {
    // A deleted user's token must not fall back to full access.
    res.status(401).json({ type: "unauthorized", message: "This staff account no longer exists" })
    return
  }
  if (staffRole(user) === "marketing") {
    res.status(403).json({ type: "not_allowed", message: marketingRefusal(req.method, url) })
    return
  }
  next()
}

type AuthedRequest = MedusaRequest & { auth_context?: { actor_id?: string; actor_type?: string }; files?: { originalname?: string; mimetype?: string }[] }

/**
 * Marketing staff may upload images only. Runs after Medusa's own /admin/uploads middleware has
 * read the multipart body (same matcher, registered after Medusa's), and looks the user up only
 * when a file is not an image.
 */
export async function checkStaffUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const { auth_context: auth, files } = req as AuthedRequest
  const bad = refusedUpload(Array.isArray(files) ? files : [])
  if (!bad || !auth?.actor_id || auth.actor_type !== "user") return next()
  const [user] = await req.scope.resolve(Modules.USER).listUsers({ id: auth.actor_id }, { select: ["id", "metadata"], take: 1 })
  if (user && staffRole(user) === "marketing") {
    res.status(403).json({
      type: "not_allowed",
      message: `Marketing staff cannot upload ${bad.name} (${bad.type}); upload images only (${MARKETING_IMAGE_TYPES.join(", ")})`,
    })
    return
  }
  next()
}

/** What marketing staff may reach under /admin (everything else answers 403). */
export const staffRoleRoutes: MiddlewareRoute[] = [
  { matcher: "/admin*", middlewares: [checkStaffRole] },
  { matcher: "/admin/uploads", methods: ["POST"], middlewares: [checkStaffUpload] },
]
