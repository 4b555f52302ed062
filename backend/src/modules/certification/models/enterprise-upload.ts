import { model } from "@medusajs/framework/utils"

/**
 * Who uploaded a file through /enterprise/uploads. Medusa's file module keeps no owner, so this row
 * is what lets a route accept a file url only from the enterprise that uploaded it. The enterprise
 * id is a plain column (not a module link) because it is only ever matched, never traversed.
 */
const EnterpriseUpload = model
  .define("enterprise_upload", {
    id: model.id({ prefix: "eupl" }).primaryKey(),
    enterprise_id: model.text().index(),
    /** The file module's id, to delete the file with. */
    file_id: model.text(),
    url: model.text(),
    filename: model.text(),
    mime_type: model.text(),
    size: model.number(),
  })
  .indexes([{ on: ["url"], unique: true, where: "deleted_at IS NULL" }])

export default EnterpriseUpload
