import { defineMiddlewares, validateAndTransformQuery } from "@medusajs/framework/http"
import { validateChineseAddresses } from "./middlewares/validate-chinese-address"
import { StoreGetProductCertifications } from "./store/product-certifications/validators"

export default defineMiddlewares({
  routes: [
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
