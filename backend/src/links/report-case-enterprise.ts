import { defineLink } from "@medusajs/framework/utils"
import EnterpriseModule from "../modules/enterprise"
import ReportCaseModule from "../modules/report-case"

/** The enterprise whose product a case is about (read-only: the id lives on the case). */
export default defineLink({ linkable: ReportCaseModule.linkable.reportCase, field: "enterprise_id" }, EnterpriseModule.linkable.enterprise, { readOnly: true })
