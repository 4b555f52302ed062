import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import { loadStandardBook } from "../../../workflows/certification/standard-book"
import { retrieveStandardView } from "./helpers"
import type { AdminCreateStandardType } from "./validators"

/** GET /admin/standards — the register of selenium standards, each with the ranges staff entered (mg/kg). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const book = await loadStandardBook(req.scope.resolve(ContainerRegistrationKeys.QUERY))
  const standards = [...book.values()].sort((a, b) => a.code.localeCompare(b.code))
  res.json({ standards, count: standards.length })
}

/** POST /admin/standards — adds a standard, with the ranges known for it (none is fine: it then certifies nothing yet). */
export const POST = async (req: MedusaRequest<AdminCreateStandardType>, res: MedusaResponse) => {
  const { ranges, ...fields } = req.validatedBody
  const service = req.scope.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const [existing] = await service.listSeleniumStandards({ code: fields.code }, { select: ["id"] })
  if (existing) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `code: ${fields.code} is already in the register; edit it instead`)
  const categories = ranges.map((r) => r.category)
  const repeated = categories.find((c, i) => categories.indexOf(c) !== i)
  if (repeated) throw new MedusaError(MedusaError.Types.INVALID_DATA, `ranges: ${repeated} is given twice; a standard has one range per category`)
  const standard = await service.createSeleniumStandards({ ...fields, note: fields.note ?? null })
  try {
    for (const range of ranges) await service.saveStandardRange(standard.id, range)
  } catch (error) {
    // Nothing half-entered: a refused range removes the new standard again.
    await service.deleteSeleniumStandards(standard.id)
    throw error
  }
  res.status(201).json({ standard: await retrieveStandardView(req.scope, standard.id) })
}
