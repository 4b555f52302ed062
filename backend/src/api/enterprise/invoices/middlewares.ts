import type { MiddlewareRoute } from "@medusajs/framework/http"
import { parseEnterpriseUploads } from "../uploads/multipart"

/** The invoice PDF arrives like other enterprise uploads (field "files", same limits). */
export const enterpriseInvoiceRoutes: MiddlewareRoute[] = [
  { matcher: "/enterprise/invoices/:id/file", methods: ["POST"], middlewares: [parseEnterpriseUploads] },
]
