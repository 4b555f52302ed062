import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { admitUpload, isRefusal, type AdmittedUpload } from "../../lib/uploads/admit-upload"
import { MARKETING_IMAGE_TYPES, marketingMay, marketingRefusal, refusedUpload, staffRole } from "../../lib/staff-roles"
import { MARKETING_UPLOAD_POLICY, STAFF_UPLOAD_POLICY } from "../../workflows/enterprise-certificates/upload-rules"

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

type UploadedFile = { originalname?: string; mimetype?: string; buffer?: Buffer; size?: number }
type AuthedRequest = MedusaRequest & { auth_context?: { actor_id?: string; actor_type?: string }; files?: UploadedFile[] }

/**
 * Every staff upload (Medusa's POST /admin/uploads) passes the one upload gate: runs after Medusa's
 * own middleware has read the multipart body (same matcher, registered after Medusa's). Marketing
 * staff are refused anything not declared as an image (403, as before); then, for everyone, the
 * bytes decide: an HTML page declared image/png is refused (400), an image is re-encoded, and the
 * file goes on to Medusa's handler under a safe name whose extension matches its content.
 */
export async function checkStaffUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const { auth_context: auth } = req as AuthedRequest
  const files = Array.isArray((req as AuthedRequest).files) ? (req as AuthedRequest).files! : []
  let role: "marketing" | "platform" = "platform"
  if (auth?.actor_id && auth.actor_type === "user") {
    const [user] = await req.scope.resolve(Modules.USER).listUsers({ id: auth.actor_id }, { select: ["id", "metadata"], take: 1 })
    role = staffRole(user)
  }
  const bad = refusedUpload(files)
  if (bad && role === "marketing") {
    res.status(403).json({
      type: "not_allowed",
      message: `Marketing staff cannot upload ${bad.name} (${bad.type}); upload images only (${MARKETING_IMAGE_TYPES.join(", ")})`,
    })
    return
  }
  const policy = role === "marketing" ? MARKETING_UPLOAD_POLICY : STAFF_UPLOAD_POLICY
  if (files.length > policy.maxFiles) {
    res.status(400).json({ type: "invalid_data", code: "file_count", message: `files: send at most ${policy.maxFiles} files at once` })
    return
  }
  const admitted: AdmittedUpload[] = []
  for (const file of files) {
    const result = await admitUpload({ filename: file.originalname ?? "file", content: file.buffer ?? Buffer.alloc(0) }, policy)
    if (isRefusal(result)) {
      res.status(400).json({ type: "invalid_data", code: result.code, message: `files: ${result.message}` })
      return
    }
    admitted.push(result)
  }
  files.forEach((file, i) => {
    const ok = admitted[i]!
    file.buffer = ok.content
    file.size = ok.content.length
    file.mimetype = ok.mimeType
    file.originalname = ok.filename
  })
  next()
}

/** What marketing staff may reach under /admin (everything else answers 403). */
export const staffRoleRoutes: MiddlewareRoute[] = [
  { matcher: "/admin*", middlewares: [checkStaffRole] },
  { matcher: "/admin/uploads", methods: ["POST"], middlewares: [checkStaffUpload] },
]
