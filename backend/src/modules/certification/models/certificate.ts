import { model } from "@medusajs/framework/utils"

/**
 * A selenium certificate for a product, an enterprise or a base, with the measured content from
 * its test report. Its status (valid, expiring, expired, revoked) is computed when read, never stored.
 */
const Certificate = model
  .define("certificate", {
    id: model.id({ prefix: "cert" }).primaryKey(),
    number: model.text(),
    issuer: model.text(),
    subject: model.enum(["product", "enterprise", "base"]),
    /** Code of the cited standard in @seleno/domain's SELENIUM_STANDARDS. */
    standard_code: model.text(),
    category: model.enum(["tea", "rice", "cereal", "farm_product", "food"]),
    measured_mg_per_kg: model.float().nullable(),
    test_lab: model.text().nullable(),
    tested_on: model.dateTime().nullable(),
    valid_from: model.dateTime(),
    valid_until: model.dateTime(),
    revoked_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["issuer", "number"], unique: true, where: "deleted_at IS NULL" }])

export default Certificate
