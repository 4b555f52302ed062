import { AdminDecideAuthorizationRequest, AdminListAuthorizationRequests } from "./admin/brand-authorization-requests/validators"
import { AdminDecideProfileChange, AdminListProfileChanges } from "./admin/enterprise-profile-changes/validators"
import { AdminListEnterpriseListings } from "./admin/enterprise-listings/validators"
import { authenticate, configureStoreSearch, defineMiddlewares, validateAndTransformQuery, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { validateCodedBody } from "./validation/coded-body"
import { adminAttributionRoutes } from "./admin/marketing/attribution/middlewares"
import { adminCampaignRoutes } from "./admin/marketing/campaigns/middlewares"
import { adminLiveSessionRoutes } from "./admin/marketing/live-sessions/middlewares"
import { adminMonitoringRoutes } from "./admin/monitoring/middlewares"
import { adminCertificationRegisterRoutes } from "./admin/standards/middlewares"
import { adminReportCaseRoutes } from "./admin/report-cases/middlewares"
import { requestHygieneRoutes } from "./middlewares/request-hygiene"
import { staffRoleRoutes } from "./middlewares/staff-role"
import { storefrontCacheRoutes } from "./middlewares/notify-storefronts"
import { storeResponseCacheRoutes } from "./middlewares/store-response-cache"
import { storeCampaignVisitRoutes } from "./store/campaign-visits/middlewares"
import { storeCampaignRoutes } from "./store/campaigns/middlewares"
import { storeLiveSessionRoutes } from "./store/live-sessions/middlewares"
import { storeReportCaseRoutes } from "./store/report-cases/middlewares"
import { storeAfterSalesRoutes } from "./store/orders/after-sales-middlewares"
import { AdminCreateBrand, AdminUpdateBrand } from "./admin/brands/validators"
import { AdminCreateCertificate, AdminListCertificates } from "./admin/certificates/validators"
import {
  AdminCreateEnterprise,
  AdminCreateEnterpriseBase,
  AdminGrantBrandAuthorization,
  AdminListEnterprises,
  AdminReviewEnterprise,
  AdminUpdateEnterprise,
} from "./admin/enterprises/validators"
import { AdminSetProductOrigin } from "./admin/products/[id]/origin/validators"
import { adminTraceRoutes } from "./admin/trace-batches/middlewares"
import { enterpriseRoutes } from "./enterprise/middlewares"
import { signInThrottleRoutes } from "./auth/middlewares"
import { withErrorParams } from "../lib/coded-error"
import { checkoutErrorHandler } from "./middlewares/checkout-errors"
import { requireExisting, validateInvoiceMetadata, validateLineQuantity } from "./middlewares/checkout-input"
import { prepareCartCompletion } from "./middlewares/checkout-recovery"
import { guardPriceListPrices, guardProductVariantPrices, guardVariantPrices } from "./middlewares/guard-enterprise-prices"
import { hideInternalProductMetadata } from "./middlewares/hide-internal-product-metadata"
import { hideUncertifiedSeleniumFacts } from "./middlewares/hide-uncertified-selenium-facts"
import { refuseClaimsOnNewPublishedProducts } from "./middlewares/refuse-claims-on-new-published-products"
import { validateParcelShipping } from "./middlewares/validate-parcel-shipping"
import { validateChineseAddresses } from "./middlewares/validate-chinese-address"
import { verifyStripeWebhook } from "./middlewares/verify-stripe-webhook"
import { StoreGetProductCertifications } from "./store/product-certifications/validators"
import { StoreSearchProducts, StoreSearchSuggestions } from "./store/product-search/validators"
import { storeTraceRoutes } from "./store/trace/middlewares"

function allowProductOrigin(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.allowed = [...(req.allowed ?? []), "brand", "enterprise"]
  next()
}

export default defineMiddlewares({
  // Medusa's own error handler, with sold-out checkouts worded for shoppers, and the params of
  // coded refusals (certificate intake, uploads) for the portal to translate.
  errorHandler: withErrorParams(checkoutErrorHandler),
  routes: [
    // Control characters and bad paging are refused, and security headers set, on every route.
    ...requestHygieneRoutes,
    // The role check comes first: marketing staff are refused before any other admin middleware runs.
    ...staffRoleRoutes,
    // Sign-in and password-reset requests of every actor: 429 with Retry-After when throttled.
    ...signInThrottleRoutes,
    ...enterpriseRoutes,
    ...adminCampaignRoutes,
    ...adminLiveSessionRoutes,
    ...adminAttributionRoutes,
    ...adminMonitoringRoutes,
    ...adminCertificationRegisterRoutes,
    ...storeCampaignRoutes,
    ...storeLiveSessionRoutes,
    ...storeCampaignVisitRoutes,
    ...adminReportCaseRoutes,
    ...storeReportCaseRoutes,
    ...storeAfterSalesRoutes,
    // Storefront page caches, for admin changes that emit no event.
    ...storefrontCacheRoutes,
    // Public store GETs answered from the Caching Module ("/store*": before every store route middleware).
    ...storeResponseCacheRoutes,
    {
      // Store product routes only return fields they allow; let shoppers see brand and enterprise.
      matcher: "/store/products*",
      methods: ["GET"],
      middlewares: [allowProductOrigin, hideInternalProductMetadata, hideUncertifiedSeleniumFacts],
    },
    { matcher: "/admin/products", methods: ["POST"], middlewares: [refuseClaimsOnNewPublishedProducts] },
    // Prices on enterprises' variants: floors and consent (issue 17, see lib/funding/floors.ts).
    { matcher: "/admin/price-lists", methods: ["POST"], middlewares: [guardPriceListPrices] },
    { matcher: "/admin/price-lists/:id", methods: ["POST"], middlewares: [guardPriceListPrices] },
    { matcher: "/admin/price-lists/:id/prices/batch", methods: ["POST"], middlewares: [guardPriceListPrices] },
    { matcher: "/admin/products/:id", methods: ["POST"], middlewares: [guardProductVariantPrices] },
    { matcher: "/admin/products/:id/variants/batch", methods: ["POST"], middlewares: [guardProductVariantPrices] },
    { matcher: "/admin/products/:id/variants/:variant_id", methods: ["POST"], middlewares: [guardVariantPrices] },
    { matcher: "/admin/certificates", methods: ["POST"], middlewares: [validateCodedBody(AdminCreateCertificate)] },
    { matcher: "/admin/certificates", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListCertificates, {})] },
    { matcher: "/admin/brands", methods: ["POST"], middlewares: [validateCodedBody(AdminCreateBrand)] },
    { matcher: "/admin/brands/:id", methods: ["POST"], middlewares: [validateCodedBody(AdminUpdateBrand)] },
    { matcher: "/admin/enterprises", methods: ["POST"], middlewares: [validateCodedBody(AdminCreateEnterprise)] },
    { matcher: "/admin/enterprises", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListEnterprises, {})] },
    { matcher: "/admin/enterprises/:id", methods: ["POST"], middlewares: [validateCodedBody(AdminUpdateEnterprise)] },
    { matcher: "/admin/enterprises/:id/review", methods: ["POST"], middlewares: [validateCodedBody(AdminReviewEnterprise)] },
    { matcher: "/admin/enterprises/:id/bases", methods: ["POST"], middlewares: [validateCodedBody(AdminCreateEnterpriseBase)] },
    { matcher: "/admin/brand-authorization-requests", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListAuthorizationRequests, {})] },
    {
      matcher: "/admin/brand-authorization-requests/:id/decide",
      methods: ["POST"],
      middlewares: [validateCodedBody(AdminDecideAuthorizationRequest)],
    },
    { matcher: "/admin/enterprise-listings", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListEnterpriseListings, {})] },
    { matcher: "/admin/enterprise-profile-changes", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListProfileChanges, {})] },
    { matcher: "/admin/enterprise-profile-changes/:id/decide", methods: ["POST"], middlewares: [validateCodedBody(AdminDecideProfileChange)] },
    {
      matcher: "/admin/enterprises/:id/brand-authorizations",
      methods: ["POST"],
      middlewares: [validateCodedBody(AdminGrantBrandAuthorization)],
    },
    ...adminTraceRoutes,
    { matcher: "/admin/products/:id/origin", methods: ["POST"], middlewares: [validateCodedBody(AdminSetProductOrigin)] },
    ...storeTraceRoutes,
    {
      matcher: "/store/product-certifications",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreGetProductCertifications, {})],
    },
    { matcher: "/store/product-search", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreSearchProducts, {})] },
    { matcher: "/store/search-suggestions", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreSearchSuggestions, {})] },
    // Medusa's own InstantSearch-compatible POST /store/search, limited to the product index.
    { matcher: "/store/search", methods: ["POST"], middlewares: [configureStoreSearch({ allowed_indexes: { product: true } })] },
    { matcher: "/store/carts", methods: ["POST"], middlewares: [validateChineseAddresses, validateInvoiceMetadata] },
    { matcher: "/store/carts/:id", methods: ["POST"], middlewares: [validateChineseAddresses, validateInvoiceMetadata] },
    { matcher: "/store/carts/:id/complete", methods: ["POST"], middlewares: [prepareCartCompletion] },
    { matcher: "/store/carts/:id/shipping-methods", methods: ["POST"], middlewares: [requireExisting("cart", "Cart"), validateParcelShipping] },
    { matcher: "/store/carts/:id/parcels", methods: ["GET"], middlewares: [requireExisting("cart", "Cart")] },
    { matcher: "/store/carts/:id/line-items", methods: ["POST"], middlewares: [validateLineQuantity(1)] },
    { matcher: "/store/carts/:id/line-items/:line_id", methods: ["POST"], middlewares: [validateLineQuantity(0)] },
    { matcher: "/store/carts/:id/line-items/:line_id", methods: ["DELETE"], middlewares: [requireExisting("cart", "Cart")] },
    {
      matcher: "/store/payment-collections/:id/payment-sessions",
      methods: ["POST"],
      middlewares: [requireExisting("payment_collection", "Payment collection")],
    },
    { matcher: "/store/customers/me/addresses", methods: ["POST"], middlewares: [validateChineseAddresses] },
    // 发票 of an order: to the logged-in customer who placed it only.
    { matcher: "/store/orders/:id/invoices*", methods: ["GET"], middlewares: [authenticate("customer", ["session", "bearer"])] },
    { matcher: "/store/customers/me/addresses/:address_id", methods: ["POST"], middlewares: [validateChineseAddresses] },
    {
      // Stripe signatures are checked over the exact bytes received: keep the raw body (Medusa's
      // own entry for this route asks for it too) and verify before the route queues the event.
      matcher: "/hooks/payment/:provider",
      methods: ["POST"],
      bodyParser: { preserveRawBody: true },
      middlewares: [verifyStripeWebhook],
    },
  ],
})
