import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { isValidGtin } from "@seleno/domain"

/**
 * The barcode field carries each variant's GTIN, which goes into every package's QR code, so a
 * barcode that is set must be a GTIN with a valid check digit. Throws naming every bad one.
 */
export async function assertVariantGtins(container: MedusaContainer, productIds: string[]): Promise<void> {
  if (productIds.length === 0) return
  const variants = await container.resolve(Modules.PRODUCT).listProductVariants({ product_id: productIds }, { select: ["title", "barcode"] })
  const bad = variants.filter((v) => v.barcode && !isValidGtin(v.barcode))
  if (bad.length > 0) {
    const names = bad.map((v) => `"${v.title}" (${v.barcode})`).join(", ")
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `barcode must be a GTIN (8, 12, 13 or 14 digits) with a valid check digit: ${names}`)
  }
}
