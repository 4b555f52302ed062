import { MedusaService } from "@medusajs/framework/utils"
import PartInvoice from "./models/part-invoice"

export default class InvoiceModuleService extends MedusaService({ PartInvoice }) {}
