import { MedusaService } from "@medusajs/framework/utils"
import Certificate from "./models/certificate"
import EnterpriseUpload from "./models/enterprise-upload"

export default class CertificationModuleService extends MedusaService({ Certificate, EnterpriseUpload }) {}
