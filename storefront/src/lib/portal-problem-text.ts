import { format, type Messages } from "@/i18n"

/** Why the backend refused an upload, in the portal's language; null when the refusal is not about the file. */
export function fileProblemText(refusal: { code?: string; params?: Record<string, string | number> }, portal: Messages["portal"]): string | null {
  const template = refusal.code ? (portal.fileProblems as Record<string, string>)[refusal.code] : undefined
  return template ? format(template, refusal.params ?? {}) : null
}
