import { Module } from "@medusajs/framework/utils"
import SettlementModuleService from "./service"

export const SETTLEMENT_MODULE = "settlement"

/** 结算: the ledger of captured and refunded money per enterprise part, and closed statements. */
export default Module(SETTLEMENT_MODULE, { service: SettlementModuleService })
