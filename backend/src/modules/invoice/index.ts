import { Module } from "@medusajs/framework/utils"
import InvoiceModuleService from "./service"

export const INVOICE_MODULE = "invoice"

/** 发票: each enterprise's invoice for its part of an order, from the shopper's request to the issued PDF. */
export default Module(INVOICE_MODULE, { service: InvoiceModuleService })
