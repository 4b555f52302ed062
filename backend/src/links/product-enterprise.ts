import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import EnterpriseModule from "../modules/enterprise"

/** Each product is made and sold by one enterprise. */
export default defineLink({ linkable: ProductModule.linkable.product, isList: true }, EnterpriseModule.linkable.enterprise)
