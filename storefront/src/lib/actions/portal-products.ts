"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { format, getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { field, readLocale, sameOrigin, signInAgainOn401, type PortalFormState } from "@/lib/actions/portal-guard"
import { portalPostCoded, portalRequest, uploadPortalFile } from "@/lib/data/portal"
import { getPortalToken } from "@/lib/data/portal-session"
import { IMAGE_TYPES, parseStock, parseYuan, uploadProblem } from "@/lib/portal"
import { claimRefusalText, fieldOfProductMessage } from "@/lib/portal-products"
import { fileProblemText, problemText, refusalText, refusedField, type CodedRefusal } from "@/lib/portal-problem-text"

type Messages = ReturnType<typeof getMessages>["portal"]

function images(formData: FormData): File[] {
  return formData.getAll("images").filter((v): v is File => v instanceof File && v.size > 0 && Boolean(v.name))
}

function optionalNumber(value: string): number | undefined | null {
  if (!value) return undefined
  const n = Number(value.replace(",", "."))
  return Number.isFinite(n) && n > 0 ? n : null
}

/** The listing fields of the create and edit forms, checked; what was typed comes back on error. */
function readListing(formData: FormData, t: Messages["products"]) {
  const values: Record<string, string> = {
    title: field(formData, "title"),
    title_en: field(formData, "title_en"),
    description: field(formData, "description"),
    description_en: field(formData, "description_en"),
    brand_id: field(formData, "brand_id"),
    selenium_mg_per_kg: field(formData, "selenium_mg_per_kg"),
    serving_g: field(formData, "serving_g"),
  }
  const categories = formData.getAll("categories").map(String).filter(Boolean)
  values.categories = categories.join(",")
  const fieldErrors: Record<string, string> = {}
  if (!values.title) fieldErrors.title = t.errorTitle
  if (!values.brand_id) fieldErrors.brand_id = t.errorBrand
  if (categories.length < 1 || categories.length > 5) fieldErrors.categories = t.errorCategories
  const selenium = optionalNumber(values.selenium_mg_per_kg ?? "")
  if (selenium === null) fieldErrors.selenium_mg_per_kg = t.errorNumber
  const serving = optionalNumber(values.serving_g ?? "")
  if (serving === null) fieldErrors.serving_g = t.errorNumber
  const files = images(formData)
  for (const file of files) {
    const problem = uploadProblem(file, IMAGE_TYPES)
    if (problem) fieldErrors.images = problem === "type" ? t.errorImageType : t.errorImageSize
  }
  const body = {
    title: values.title,
    ...(values.title_en ? { title_en: values.title_en } : {}),
    ...(values.description ? { description: values.description } : {}),
    ...(values.description_en ? { description_en: values.description_en } : {}),
    brand_id: values.brand_id,
    categories,
    ...(selenium ? { selenium_mg_per_kg: selenium } : {}),
    ...(serving ? { serving_g: serving } : {}),
  }
  return { values, fieldErrors, body, files }
}

/** Uploads the listing's new photos; the first refusal stops it, with the words for why. */
async function uploadAll(token: string, files: File[], portal: Messages): Promise<{ urls: string[] } | { refused: string }> {
  const urls: string[] = []
  for (const file of files) {
    const uploaded = await uploadPortalFile(token, file, "product_image")
    if (!uploaded.ok) return { refused: fileProblemText(uploaded, portal) ?? format(portal.products.errorUpload, { file: file.name }) }
    urls.push(uploaded.data.url)
  }
  return { urls }
}

type Refusal = CodedRefusal & { status: number; message: string }

function backendError(portal: Messages, refusal: Refusal, values: Record<string, string>, locale: ReturnType<typeof readLocale>): PortalFormState {
  const { status, message } = refusal
  signInAgainOn401(locale, status)
  if (status !== 400) return { status: "error", message: portal.errorGeneric, values, at: Date.now() }
  // A selenium claim without a certificate: said in the portal's language, about the listing as a whole.
  const claim = claimRefusalText(message, portal.products)
  if (claim) return { status: "error", message: claim, values, at: Date.now() }
  const text = refusalText(refusal, portal)
  const name = refusedField(refusal) ?? fieldOfProductMessage(message)
  return name ? { status: "error", fieldErrors: { [name]: text }, message: text, values, at: Date.now() } : { status: "error", message: text, values, at: Date.now() }
}

async function tokenOr(locale: ReturnType<typeof readLocale>): Promise<string> {
  const token = await getPortalToken()
  if (!token) redirect(localePath(locale, "/portal/login"))
  return token
}

/** A new listing with its first variant (POST /enterprise/products); it starts as a draft. */
export async function createProductAction(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = readLocale(formData)
  const portal = getMessages(locale).portal
  const t = portal.products
  const { values, fieldErrors, body, files } = readListing(formData, t)
  Object.assign(values, {
    variant_title: field(formData, "variant_title"),
    sku: field(formData, "sku"),
    gtin: field(formData, "gtin"),
    price: field(formData, "price"),
    stock: field(formData, "stock"),
    temperature_class: field(formData, "temperature_class") || "ambient",
    perishable: formData.get("perishable") === "on" ? "on" : "",
  })
  if (!(await sameOrigin())) return { status: "error", message: portal.errorForbiddenOrigin, values, at: Date.now() }
  if (!values.variant_title) fieldErrors.variant_title = t.errorVariantTitle
  const price = parseYuan(values.price ?? "")
  if (price === null) fieldErrors.price = t.errorPrice
  const stock = parseStock(values.stock ?? "")
  if (stock === null) fieldErrors.stock = t.errorStock
  if (Object.keys(fieldErrors).length) return { status: "error", fieldErrors, values, at: Date.now() }
  const token = await tokenOr(locale)
  const uploaded = await uploadAll(token, files, portal)
  if ("refused" in uploaded) return { status: "error", fieldErrors: { images: uploaded.refused }, values, at: Date.now() }
  const { urls } = uploaded
  const result = await portalPostCoded<{ product: { id: string } }>(token, "/enterprise/products", {
      ...body,
      ...(urls.length ? { images: urls } : {}),
      // The parcel it ships in; the backend refuses an unknown class with a message.
      temperature_class: values.temperature_class,
      // Unticked leaves the backend's default: chilled and frozen goods are perishable.
      ...(values.perishable === "on" ? { perishable: true } : {}),
      variants: [{ title: values.variant_title, ...(values.sku ? { sku: values.sku } : {}), ...(values.gtin ? { gtin: values.gtin } : {}), price, stock }],
  })
  if (!result.ok) return backendError(portal, result, values, locale)
  revalidatePath(localePath(locale, "/portal/products"))
  redirect(`${localePath(locale, `/portal/products/${result.data.product.id}`)}?saved=1`)
}

/** Edits the listing (POST /enterprise/products/:id); new images are added to the ones it has. */
export async function updateProductAction(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = readLocale(formData)
  const portal = getMessages(locale).portal
  const t = portal.products
  const id = field(formData, "product_id")
  const { values, fieldErrors, body, files } = readListing(formData, t)
  if (!(await sameOrigin())) return { status: "error", message: portal.errorForbiddenOrigin, values, at: Date.now() }
  if (Object.keys(fieldErrors).length) return { status: "error", fieldErrors, values, at: Date.now() }
  const token = await tokenOr(locale)
  const uploaded = await uploadAll(token, files, portal)
  if ("refused" in uploaded) return { status: "error", fieldErrors: { images: uploaded.refused }, values, at: Date.now() }
  const { urls } = uploaded
  const kept = formData.getAll("keep_images").map(String).filter(Boolean)
  const result = await portalPostCoded<{ back_to_review?: boolean }>(token, `/enterprise/products/${encodeURIComponent(id)}`, {
      ...body,
      // Cleared text fields are cleared on the listing too.
      description: values.description || null,
      description_en: values.description_en || null,
      // A cleared selenium content is taken off the listing (without a certificate it may not be stated).
      selenium_mg_per_kg: body.selenium_mg_per_kg ?? null,
      images: [...kept, ...urls],
  })
  if (!result.ok) return backendError(portal, result, values, locale)
  revalidatePath(localePath(locale, `/portal/products/${id}`))
  revalidatePath(localePath(locale, "/portal/products"))
  return { status: "ok", message: result.data.back_to_review ? t.savedBackToReview : t.saved, values, at: Date.now() }
}

/**
 * Price, stock and GTIN of one variant (POST /enterprise/products/:id/variants/:variant_id): applied
 * at once, no review. The GTIN is sent only when it was changed; it is fixed once a batch is printed.
 */
export async function updateVariantAction(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = readLocale(formData)
  const portal = getMessages(locale).portal
  const t = portal.products
  const id = field(formData, "product_id")
  const variantId = field(formData, "variant_id")
  const variantTitle = field(formData, "variant_title")
  const values = { price: field(formData, "price"), stock: field(formData, "stock"), gtin: field(formData, "gtin") }
  if (!(await sameOrigin())) return { status: "error", message: portal.errorForbiddenOrigin, values, at: Date.now() }
  const fieldErrors: Record<string, string> = {}
  const price = parseYuan(values.price)
  if (price === null) fieldErrors.price = t.errorPrice
  const stock = parseStock(values.stock)
  if (stock === null) fieldErrors.stock = t.errorStock
  const gtinChanged = values.gtin !== "" && values.gtin !== field(formData, "current_gtin")
  if (values.gtin === "" && field(formData, "current_gtin")) fieldErrors.gtin = t.gtinProblems.variant_gtin_required
  if (Object.keys(fieldErrors).length) return { status: "error", fieldErrors, values, at: Date.now() }
  const token = await tokenOr(locale)
  const path = `/enterprise/products/${encodeURIComponent(id)}/variants/${encodeURIComponent(variantId)}`
  const result = await portalPostCoded(token, path, { price, stock, ...(gtinChanged ? { gtin: values.gtin } : {}) })
  if (!result.ok) {
    const code = result.code as keyof typeof t.gtinProblems | undefined
    if (code && code in t.gtinProblems) return { status: "error", fieldErrors: { gtin: t.gtinProblems[code] }, message: t.gtinProblems[code], values, at: Date.now() }
    return backendError(portal, result, values, locale)
  }
  revalidatePath(localePath(locale, `/portal/products/${id}`))
  return { status: "ok", message: format(t.variantSaved, { variant: variantTitle }), values, at: Date.now() }
}

/**
 * A new variant of the listing (POST /enterprise/products/:id/variants). Its fields carry the names
 * the backend uses in its 400 messages (title, title_en, sku, gtin, price, stock), so a refusal lands
 * on the field it is about; what was typed comes back on error and is cleared once added.
 */
export async function addVariantAction(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = readLocale(formData)
  const portal = getMessages(locale).portal
  const t = portal.products
  const id = field(formData, "product_id")
  const values = {
    title: field(formData, "title"),
    title_en: field(formData, "title_en"),
    sku: field(formData, "sku"),
    gtin: field(formData, "gtin"),
    price: field(formData, "price"),
    stock: field(formData, "stock"),
  }
  if (!(await sameOrigin())) return { status: "error", message: portal.errorForbiddenOrigin, values, at: Date.now() }
  const fieldErrors: Record<string, string> = {}
  if (!values.title) fieldErrors.title = t.errorVariantTitle
  const price = parseYuan(values.price)
  if (price === null) fieldErrors.price = t.errorPrice
  const stock = parseStock(values.stock)
  if (stock === null) fieldErrors.stock = t.errorStock
  if (Object.keys(fieldErrors).length) return { status: "error", fieldErrors, values, at: Date.now() }
  const token = await tokenOr(locale)
  const result = await portalPostCoded(token, `/enterprise/products/${encodeURIComponent(id)}/variants`, {
    title: values.title,
    ...(values.title_en ? { title_en: values.title_en } : {}),
    ...(values.sku ? { sku: values.sku } : {}),
    ...(values.gtin ? { gtin: values.gtin } : {}),
    price,
    stock,
  })
  if (!result.ok) return backendError(portal, result, values, locale)
  revalidatePath(localePath(locale, `/portal/products/${id}`))
  revalidatePath(localePath(locale, "/portal/products"))
  return { status: "ok", message: format(t.variantAdded, { variant: values.title }), at: Date.now() }
}

/** Sends a draft or rejected listing to platform review (POST /enterprise/products/:id/submit). */
export async function submitProductAction(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = readLocale(formData)
  const portal = getMessages(locale).portal
  const id = field(formData, "product_id")
  if (!(await sameOrigin())) return { status: "error", message: portal.errorForbiddenOrigin, at: Date.now() }
  const token = await tokenOr(locale)
  const result = await portalRequest(token, `/enterprise/products/${encodeURIComponent(id)}/submit`, { method: "POST" })
  if (!result.ok) return backendError(portal, result, {}, locale)
  revalidatePath(localePath(locale, "/portal/products"))
  // The submit form goes away once the listing is in review, so the page itself says it was sent.
  redirect(`${localePath(locale, `/portal/products/${id}`)}?submitted=1`)
}

/**
 * A variant's low-stock threshold (POST /enterprise/products/:id/variants/:variant_id/low-stock):
 * a whole number, or empty to remove it. A role refusal is worded by its code.
 */
export async function setLowStockThresholdAction(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = readLocale(formData)
  const portal = getMessages(locale).portal
  const t = portal.products
  const id = field(formData, "product_id")
  const variantId = field(formData, "variant_id")
  const variantTitle = field(formData, "variant_title")
  const values = { threshold: field(formData, "threshold") }
  if (!(await sameOrigin())) return { status: "error", message: portal.errorForbiddenOrigin, values, at: Date.now() }
  const threshold = values.threshold === "" ? null : parseStock(values.threshold)
  if (values.threshold !== "" && threshold === null) return { status: "error", fieldErrors: { threshold: t.errorThreshold }, values, at: Date.now() }
  const token = await tokenOr(locale)
  const path = `/enterprise/products/${encodeURIComponent(id)}/variants/${encodeURIComponent(variantId)}/low-stock`
  const result = await portalPostCoded(token, path, { threshold })
  if (!result.ok) {
    const problem = problemText(result, t.thresholdProblems)
    if (problem) return { status: "error", message: problem, values, at: Date.now() }
    return backendError(portal, result, values, locale)
  }
  revalidatePath(localePath(locale, `/portal/products/${id}`))
  revalidatePath(localePath(locale, "/portal/products"))
  return { status: "ok", message: format(threshold === null ? t.thresholdRemoved : t.thresholdSaved, { variant: variantTitle }), values, at: Date.now() }
}
