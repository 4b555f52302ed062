import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Validation and guards for the enterprise routes of certificates, trace batches and uploads (auth runs before, see ../middlewares.ts). */
export const enterpriseCertificateRoutes: MiddlewareRoute[] = []
