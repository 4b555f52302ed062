import { model } from "@medusajs/framework/utils"
import Certificate from "./certificate"

/**
 * A body in the register of accredited issuers (检验检测机构) that staff maintain. A certificate
 * must come from an active one whose scope covers its category and standard.
 */
const Issuer = model
  .define("issuer", {
    id: model.id({ prefix: "iss" }).primaryKey(),
    name: model.text(),
    /** 检验检测机构资质认定 (CMA) certificate number. */
    cma_number: model.text().nullable(),
    /** 中国合格评定国家认可委员会 (CNAS) accreditation number, e.g. "CNAS L1234". */
    cnas_number: model.text().nullable(),
    /** The product categories it is accredited to test (see CERTIFICATE_CATEGORIES). */
    scope_categories: model.array(),
    /** Standard codes it may certify against; empty means any standard in the register. */
    scope_standard_codes: model.array(),
    active: model.boolean().default(true),
    certificates: model.hasMany(() => Certificate, { mappedBy: "issued_by" }),
  })
  .indexes([{ on: ["name"], unique: true, where: "deleted_at IS NULL" }])

export default Issuer
