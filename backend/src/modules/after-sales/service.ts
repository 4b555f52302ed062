import { MedusaService } from "@medusajs/framework/utils"
import AfterSalesRequest from "./models/after-sales-request"
import PartDelivery from "./models/part-delivery"

/** 售后 requests and part deliveries; the rules live in @seleno/domain's after-sales rules and the workflows. */
export default class AfterSalesModuleService extends MedusaService({ AfterSalesRequest, PartDelivery }) {}
