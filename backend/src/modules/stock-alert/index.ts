import { Module } from "@medusajs/framework/utils"
import StockAlertModuleService from "./service"

export const STOCK_ALERT_MODULE = "stockAlert"

/** Enterprises' low-stock thresholds per variant and whether the current dip was announced. */
export default Module(STOCK_ALERT_MODULE, { service: StockAlertModuleService })
