import { model } from "@medusajs/framework/utils"
import { CERTIFICATE_CATEGORIES, CERTIFICATE_REVIEW_STATUSES, CERTIFICATE_SUBJECTS } from "@seleno/domain"
import Issuer from "./issuer"

/**
 * A selenium certificate for a product, an enterprise or a base, with the measured content from
 * its test report. Its status (valid, expiring, expired, revoked) is computed when read, never stored;
 * its review status is stored, because it is a decision someone made.
 */
const Certificate = model
  .define("certificate", {
    id: model.id({ prefix: "cert" }).primaryKey(),
    number: model.text(),
    /** The issuer's name as printed on the certificate; the register entry is `issued_by`. */
    issuer: model.text(),
    /** The accredited body in the register; null only on certificates from before the register. */
    issued_by: model.belongsTo(() => Issuer, { mappedBy: "certificates" }).nullable(),
    subject: model.enum([...CERTIFICATE_SUBJECTS]),
    /** Code of the cited standard in the register (selenium_standard.code). */
    standard_code: model.text(),
    category: model.enum([...CERTIFICATE_CATEGORIES]),
    measured_mg_per_kg: model.float().nullable(),
    test_lab: model.text().nullable(),
    tested_on: model.dateTime().nullable(),
    valid_from: model.dateTime(),
    valid_until: model.dateTime(),
    revoked_at: model.dateTime().nullable(),
    /** The test report (PDF or image) an enterprise uploaded through /enterprise/uploads. */
    test_report_url: model.text().nullable(),
    /**
     * Platform review of a certificate an enterprise submitted. Only "approved" ones count anywhere the
     * store shows certification; staff-entered certificates (and all from before review existed) are approved.
     */
    review_status: model.enum([...CERTIFICATE_REVIEW_STATUSES]).default("approved"),
    review_note: model.text().nullable(),
    reviewed_at: model.dateTime().nullable(),
    /** The admin user who decided. */
    reviewed_by: model.text().nullable(),
  })
  .indexes([{ on: ["issuer", "number"], unique: true, where: "deleted_at IS NULL" }])

export default Certificate
