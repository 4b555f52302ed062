import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import ReportCaseModule from "../modules/report-case"

/** The product a case is about (read-only: the id lives on the case, no link table). */
export default defineLink({ linkable: ReportCaseModule.linkable.reportCase, field: "product_id" }, ProductModule.linkable.product, { readOnly: true })
