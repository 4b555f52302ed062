import { defineLink } from "@medusajs/framework/utils"
import CertificationModule from "../modules/certification"
import EnterpriseModule from "../modules/enterprise"

/** The enterprise that holds a certificate (for its products, itself or its bases). */
export default defineLink(EnterpriseModule.linkable.enterprise, { linkable: CertificationModule.linkable.certificate, isList: true })
