"use server"

import { PRODUCT_IMPORT_LIMITS, type ProductImportProblem } from "@seleno/domain"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { format, getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { readLocale, sameOrigin, signInAgainOn401 } from "@/lib/actions/portal-guard"
import { portalPostCoded } from "@/lib/data/portal"
import { getPortalToken } from "@/lib/data/portal-session"

/** What the import form shows: a count of created drafts, or every problem, each said in the portal's language. */
export interface ProductSheetState {
  status: "idle" | "created" | "invalid" | "error"
  message?: string
  problems?: { key: string; where: string; text: string }[]
  at?: number
}

/** Uploads a product sheet (POST /enterprise/product-sheet): all rows are imported, or none. */
export async function importProductSheetAction(_prev: ProductSheetState, formData: FormData): Promise<ProductSheetState> {
  const locale = readLocale(formData)
  const portal = getMessages(locale).portal
  const t = portal.productSheet
  if (!(await sameOrigin())) return { status: "error", message: portal.errorForbiddenOrigin, at: Date.now() }
  const file = formData.get("file")
  if (!(file instanceof File) || file.size === 0 || !file.name) return { status: "error", message: t.chooseFile, at: Date.now() }
  if (file.size > PRODUCT_IMPORT_LIMITS.maxBytes) {
    return { status: "error", message: format(t.problems.import_file_too_large, { max_mb: PRODUCT_IMPORT_LIMITS.maxBytes / 1024 / 1024 }), at: Date.now() }
  }
  const token = await getPortalToken()
  if (!token) redirect(localePath(locale, "/portal/login"))
  const body = new FormData()
  body.append("file", file, file.name)
  const result = await portalPostCoded<{ created: number }>(token, "/enterprise/product-sheet", body)
  if (result.ok) {
    revalidatePath(localePath(locale, "/portal/products"))
    return { status: "created", message: format(t.created, { count: result.data.created }), at: Date.now() }
  }
  signInAgainOn401(locale, result.status)
  const templates = t.problems as Record<string, string>
  if (result.code === "product_import_invalid" && result.problems) {
    const problems = (result.problems as ProductImportProblem[]).map((p, i) => {
      const column = p.column ? (t.columns as Record<string, string>)[p.column] ?? p.column : null
      const reason = templates[p.code] ? format(templates[p.code]!, p.params ?? {}) : portal.errorGeneric
      const rule = p.code === "import_value_invalid" && p.column ? (t.columnRules as Record<string, string>)[p.column] : ""
      return {
        key: `${i}`,
        where: column ? format(t.rowColumn, { row: p.row, column }) : format(t.row, { row: p.row }),
        text: rule ? `${reason}${rule}` : reason,
      }
    })
    return { status: "invalid", message: format(t.invalid, { count: problems.length }), problems, at: Date.now() }
  }
  const known = result.code ? templates[result.code] : undefined
  return { status: "error", message: known ? format(known, result.params ?? {}) : portal.errorGeneric, at: Date.now() }
}
