import { MedusaService } from "@medusajs/framework/utils"
import Certificate from "./models/certificate"

export default class CertificationModuleService extends MedusaService({ Certificate }) {}
