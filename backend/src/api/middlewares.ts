import {
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { AdminCreateCertificate } from "./admin/certificates/validators"
import { validateChineseAddresses } from "./middlewares/validate-chinese-address"
import { StoreGetProductCertifications } from "./store/product-certifications/validators"
import { StoreRecordScan } from "./store/trace/[gtin]/[lot]/[serial]/scans/validators"
import { StoreListTraceBatches } from "./store/trace/validators"

function allowProductOrigin(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.allowed = [...(req.allowed ?? []), "brand", "enterprise"]
  next()
}

export default defineMiddlewares({
  routes: [
    {
      // Store product routes only return fields they allow; let shoppers see brand and enterprise.
      matcher: "/store/products*",
      methods: ["GET"],
      middlewares: [allowProductOrigin],
    },
    { matcher: "/admin/certificates", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateCertificate)] },
    { matcher: "/store/trace", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreListTraceBatches, {})] },
    {
      matcher: "/store/trace/:gtin/:lot/:serial/scans",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(StoreRecordScan)],
    },
    {
      matcher: "/store/product-certifications",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreGetProductCertifications, {})],
    },
    { matcher: "/store/carts", methods: ["POST"], middlewares: [validateChineseAddresses] },
    { matcher: "/store/carts/:id", methods: ["POST"], middlewares: [validateChineseAddresses] },
    { matcher: "/store/customers/me/addresses", methods: ["POST"], middlewares: [validateChineseAddresses] },
    { matcher: "/store/customers/me/addresses/:address_id", methods: ["POST"], middlewares: [validateChineseAddresses] },
  ],
})
