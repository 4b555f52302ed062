import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreRecordScan, StoreShareScanLocation } from "./[gtin]/[lot]/[serial]/scans/validators"
import { StoreListTraceBatches } from "./validators"

/** Validation of the public trace routes (QR pages). */
export const storeTraceRoutes: MiddlewareRoute[] = [
  { matcher: "/store/trace", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreListTraceBatches, {})] },
  { matcher: "/store/trace/:gtin/:lot/:serial/scans", methods: ["POST"], middlewares: [validateAndTransformBody(StoreRecordScan)] },
  { matcher: "/store/trace/:gtin/:lot/:serial/scans/location", methods: ["POST"], middlewares: [validateAndTransformBody(StoreShareScanLocation)] },
]
