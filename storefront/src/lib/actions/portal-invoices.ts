"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { localePath } from "@/i18n/paths"
import { field, readLocale, sameOrigin, signInAgainOn401 } from "@/lib/actions/portal-guard"
import { uploadPortalInvoice } from "@/lib/data/invoices"

/**
 * Uploads the e-invoice PDF for one of the enterprise's invoices; the page then says what happened
 * (?uploaded=id, or ?error=code&file=name, which it translates). The backend decides by the bytes.
 */
export async function uploadInvoiceAction(formData: FormData): Promise<void> {
  const locale = readLocale(formData)
  const page = localePath(locale, "/portal/invoices")
  const invoiceId = field(formData, "invoice_id")
  if (!(await sameOrigin())) redirect(`${page}?error=generic`)
  const file = formData.get("file")
  if (!(file instanceof File) || file.size === 0) redirect(`${page}?error=invoice_file_missing&invoice=${encodeURIComponent(invoiceId)}`)
  const result = await uploadPortalInvoice(invoiceId, file)
  if (!result.ok) {
    signInAgainOn401(locale, result.status)
    const params = new URLSearchParams({ error: result.code ?? "generic", invoice: invoiceId, file: file.name })
    redirect(`${page}?${params}`)
  }
  revalidatePath(page)
  redirect(`${page}?uploaded=${encodeURIComponent(invoiceId)}`)
}
