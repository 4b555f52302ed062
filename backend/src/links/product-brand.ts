import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import BrandModule from "../modules/brand"

/** A product is sold under one brand; a brand has many products. */
export default defineLink({ linkable: ProductModule.linkable.product, isList: true }, BrandModule.linkable.brand)
