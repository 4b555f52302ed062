import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateCodedBody } from "../../validation/coded-body"
import {
  AdminReviewProduct,
  EnterpriseCreateProduct,
  EnterpriseCreateVariant,
  EnterpriseListProducts,
  EnterpriseLowStockThreshold,
  EnterpriseUpdateProduct,
  EnterpriseUpdateVariant,
} from "./validators"

/** Validation and guards for the enterprise routes of products, their review by platform staff, and what suspension does to listings (auth runs before, see ../middlewares.ts). */
export const enterpriseProductRoutes: MiddlewareRoute[] = [
  { matcher: "/enterprise/products", methods: ["GET"], middlewares: [validateAndTransformQuery(EnterpriseListProducts, {})] },
  { matcher: "/enterprise/products", methods: ["POST"], middlewares: [validateCodedBody(EnterpriseCreateProduct)] },
  { matcher: "/enterprise/products/:id", methods: ["POST"], middlewares: [validateCodedBody(EnterpriseUpdateProduct)] },
  { matcher: "/enterprise/products/:id/variants", methods: ["POST"], middlewares: [validateCodedBody(EnterpriseCreateVariant)] },
  { matcher: "/enterprise/products/:id/variants/:variant_id", methods: ["POST"], middlewares: [validateCodedBody(EnterpriseUpdateVariant)] },
  { matcher: "/enterprise/products/:id/variants/:variant_id/low-stock", methods: ["POST"], middlewares: [validateCodedBody(EnterpriseLowStockThreshold)] },
  // Platform staff (the /admin matcher authenticates them) decide on listings enterprises submitted.
  { matcher: "/admin/products/:id/review", methods: ["POST"], middlewares: [validateCodedBody(AdminReviewProduct)] },
]
