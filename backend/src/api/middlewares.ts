import { defineMiddlewares } from "@medusajs/framework/http"
import { validateChineseAddresses } from "./middlewares/validate-chinese-address"

export default defineMiddlewares({
  routes: [
    { matcher: "/store/carts", methods: ["POST"], middlewares: [validateChineseAddresses] },
    { matcher: "/store/carts/:id", methods: ["POST"], middlewares: [validateChineseAddresses] },
    { matcher: "/store/customers/me/addresses", methods: ["POST"], middlewares: [validateChineseAddresses] },
    { matcher: "/store/customers/me/addresses/:address_id", methods: ["POST"], middlewares: [validateChineseAddresses] },
  ],
})
