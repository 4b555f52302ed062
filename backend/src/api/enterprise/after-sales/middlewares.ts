import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateAfterSales } from "../../store/orders/after-sales-middlewares"
import { EnterpriseListAfterSales, EnterpriseRefuseAfterSales } from "./validators"

/** Validation for the portal's 售后 routes (auth and the enterprise come first, see ../middlewares.ts). */
export const enterpriseAfterSalesRoutes: MiddlewareRoute[] = [
  { matcher: "/enterprise/after-sales", methods: ["GET"], middlewares: [validateAndTransformQuery(EnterpriseListAfterSales, {})] },
  { matcher: "/enterprise/after-sales/:id/refuse", methods: ["POST"], middlewares: [validateAfterSales(EnterpriseRefuseAfterSales)] },
]
