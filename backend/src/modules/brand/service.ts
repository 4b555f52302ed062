import { MedusaService } from "@medusajs/framework/utils"
import Brand from "./models/brand"

export default class BrandModuleService extends MedusaService({ Brand }) {}
