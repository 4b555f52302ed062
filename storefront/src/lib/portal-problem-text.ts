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
