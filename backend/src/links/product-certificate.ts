import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import CertificationModule from "../modules/certification"

/** A product may hold several certificates over time. */
export default defineLink(ProductModule.linkable.product, { linkable: CertificationModule.linkable.certificate, isList: true })
