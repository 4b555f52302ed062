import { Module } from "@medusajs/framework/utils"
import ProductHandlingModuleService from "./service"

export const PRODUCT_HANDLING_MODULE = "productHandling"

/** Whether a product is perishable or taken offline (see models/product-handling.ts and lib/product-handling.ts). */
export default Module(PRODUCT_HANDLING_MODULE, { service: ProductHandlingModuleService })
