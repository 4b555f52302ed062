import { INVALID_FIELD_CODE, refusedFieldName } from "@seleno/domain"
import { format, type Messages } from "@/i18n"

/** A refusal as the backend codes it: `code` names the problem, `params` fill its wording. */
export interface CodedRefusal {
  code?: string
  params?: Record<string, string | number>
}

/**
 * A coded refusal in the portal's language, from the templates of the page that asked; null when
 * the code is not one of them, so the caller can fall back to its own general message.
 */
export function problemText(refusal: CodedRefusal, templates: Readonly<Record<string, string>>, params: CodedRefusal["params"] = refusal.params): string | null {
  const template = refusal.code && Object.hasOwn(templates, refusal.code) ? templates[refusal.code] : undefined
  return template ? format(template, params ?? {}) : null
}

/** Why the backend refused an upload (size, type, count), naming the file where the backend did. */
export function fileProblemText(refusal: CodedRefusal, portal: Messages["portal"]): string | null {
  return problemText(refusal, portal.fileProblems)
}

/** The form field a refusal is about, when the backend named one (`invalid_field`). */
export function refusedField(refusal: CodedRefusal): string | undefined {
  return refusal.code === INVALID_FIELD_CODE ? refusedFieldName(String(refusal.params?.field ?? "")) : undefined
}

/**
 * A refusal no page words itself: a refused field named in the page's language; anything else
 * quoted from the platform (coded refusals are worded by their pages before this).
 */
export function refusalText(refusal: CodedRefusal & { message: string }, portal: Messages["portal"]): string {
  if (refusal.code === INVALID_FIELD_CODE) {
    const field = refusedField(refusal)
    const name = field && Object.hasOwn(portal.fieldNames, field) ? portal.fieldNames[field as keyof typeof portal.fieldNames] : undefined
    return name ? format(portal.invalidField, { field: name }) : portal.invalidFieldUnnamed
  }
  return format(portal.backendMessage, { message: refusal.message })
}
