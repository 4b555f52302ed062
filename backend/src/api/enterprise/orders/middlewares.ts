import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateCodedBody } from "../../validation/coded-body"
import { AdminCloseSettlement, AdminPaySettlement, AdminSettlementQuery } from "../../admin/settlements/validators"
import { EnterpriseDashboardQuery } from "../dashboard/validators"
import { EnterpriseSettlementQuery } from "../settlement/validators"
import { EnterpriseCancelFulfilment, EnterpriseFulfilOrderPart, EnterpriseListOrders, EnterpriseOrderExport, EnterprisePackingSlips, EnterpriseWaybill } from "./validators"

/** Validation and guards for the enterprise routes of orders, fulfilments, dashboard and settlement (auth runs before, see ../middlewares.ts). */
export const enterpriseOrderRoutes: MiddlewareRoute[] = [
  { matcher: "/enterprise/orders", methods: ["GET"], middlewares: [validateAndTransformQuery(EnterpriseListOrders, {})] },
  { matcher: "/enterprise/orders/export", methods: ["GET"], middlewares: [validateAndTransformQuery(EnterpriseOrderExport, {})] },
  { matcher: "/enterprise/orders/packing-slips", methods: ["GET"], middlewares: [validateAndTransformQuery(EnterprisePackingSlips, {})] },
  { matcher: "/enterprise/orders/:id/fulfillments", methods: ["POST"], middlewares: [validateCodedBody(EnterpriseFulfilOrderPart)] },
  { matcher: "/enterprise/orders/:id/fulfillments/:fid/ship", methods: ["POST"], middlewares: [validateCodedBody(EnterpriseWaybill)] },
  { matcher: "/enterprise/orders/:id/fulfillments/:fid/tracking", methods: ["POST"], middlewares: [validateCodedBody(EnterpriseWaybill)] },
  { matcher: "/enterprise/orders/:id/fulfillments/:fid/cancel", methods: ["POST"], middlewares: [validateCodedBody(EnterpriseCancelFulfilment)] },
  { matcher: "/enterprise/dashboard", methods: ["GET"], middlewares: [validateAndTransformQuery(EnterpriseDashboardQuery, {})] },
  { matcher: "/enterprise/settlement", methods: ["GET"], middlewares: [validateAndTransformQuery(EnterpriseSettlementQuery, {})] },
  // Platform staff's report of every enterprise; Medusa authenticates /admin/* users before this.
  { matcher: "/admin/settlements", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminSettlementQuery, {})] },
  { matcher: "/admin/settlements/:enterprise_id", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminSettlementQuery, {})] },
  { matcher: "/admin/settlements/:enterprise_id/close", methods: ["POST"], middlewares: [validateCodedBody(AdminCloseSettlement)] },
  { matcher: "/admin/settlements/:enterprise_id/pay", methods: ["POST"], middlewares: [validateCodedBody(AdminPaySettlement)] },
]
