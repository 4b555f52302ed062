import { MedusaService } from "@medusajs/framework/utils"
import LowStockThreshold from "./models/low-stock-threshold"

export default class StockAlertModuleService extends MedusaService({ LowStockThreshold }) {}
