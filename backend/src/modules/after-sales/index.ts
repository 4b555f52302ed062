import { Module } from "@medusajs/framework/utils"
import AfterSalesModuleService from "./service"

export const AFTER_SALES_MODULE = "afterSales"

/** 售后: shoppers' return and quality-claim requests per enterprise part, and when each part was delivered. */
export default Module(AFTER_SALES_MODULE, { service: AfterSalesModuleService })
