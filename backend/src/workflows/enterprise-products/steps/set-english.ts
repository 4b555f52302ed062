import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ENGLISH } from "../own-products"

export interface EnglishText {
  reference: "product" | "product_variant" | "product_option" | "product_option_value"
  reference_id: string
  /** Field → English text; null removes the field's English. */
  translations: Record<string, string | null>
}

type Previous = { created: string[]; restored: { id: string; translations: Record<string, unknown> }[] }

/**
 * Writes English through Medusa's Translation Module, as the seed does for the catalogue, merging
 * into what is there. Undone by deleting what it created and writing back what it changed.
 */
export const setEnglishStep = createStep(
  "set-enterprise-listing-english",
  async (texts: EnglishText[], { container }) => {
    const service = container.resolve(Modules.TRANSLATION)
    const wanted = texts.filter((t) => Object.keys(t.translations).length > 0)
    const previous: Previous = { created: [], restored: [] }
    if (wanted.length === 0) return new StepResponse(undefined, previous)
    const existing = await service.listTranslations({ reference_id: wanted.map((t) => t.reference_id), locale_code: ENGLISH })
    for (const text of wanted) {
      const current = existing.find((e) => e.reference_id === text.reference_id)
      const merged = Object.fromEntries(
        Object.entries({ ...(current?.translations ?? {}), ...text.translations }).filter((entry): entry is [string, string] => typeof entry[1] === "string")
      )
      if (current) {
        previous.restored.push({ id: current.id, translations: current.translations })
        await service.updateTranslations({ id: current.id, translations: merged })
      } else if (Object.keys(merged).length > 0) {
        const [created] = await service.createTranslations([{ reference: text.reference, reference_id: text.reference_id, locale_code: ENGLISH, translations: merged }])
        previous.created.push(created!.id)
      }
    }
    return new StepResponse(undefined, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service = container.resolve(Modules.TRANSLATION)
    if (previous.created.length > 0) await service.deleteTranslations(previous.created)
    for (const row of previous.restored) await service.updateTranslations(row)
  }
)
