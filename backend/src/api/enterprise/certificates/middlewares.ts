import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateCodedBody } from "../../validation/coded-body"
import { AdminReviewCertificate } from "../../admin/certificates/[id]/review/validators"
import { parseEnterpriseUploads } from "../uploads/multipart"
import { EnterpriseCreateTraceBatch, EnterpriseRecordTraceEvent, EnterpriseSubmitCertificate } from "./validators"

/** Validation and guards for the enterprise routes of certificates, trace batches and uploads (auth runs before, see ../middlewares.ts). */
export const enterpriseCertificateRoutes: MiddlewareRoute[] = [
  { matcher: "/enterprise/certificates", methods: ["POST"], middlewares: [validateCodedBody(EnterpriseSubmitCertificate)] },
  { matcher: "/enterprise/trace-batches", methods: ["POST"], middlewares: [validateCodedBody(EnterpriseCreateTraceBatch)] },
  { matcher: "/enterprise/trace-batches/:id/events", methods: ["POST"], middlewares: [validateCodedBody(EnterpriseRecordTraceEvent)] },
  { matcher: "/enterprise/uploads", methods: ["POST"], middlewares: [parseEnterpriseUploads] },
  // Platform staff's decision on a submitted certificate (admin auth is Medusa's own for /admin/*).
  { matcher: "/admin/certificates/:id/review", methods: ["POST"], middlewares: [validateCodedBody(AdminReviewCertificate)] },
]
