import { format } from "@/i18n"

/**
 * A refusal a download route sent back to the page (?bulk_error=code), in the page's language: a
 * known code by its message, anything else as the generic "could not be made".
 */
export function BulkProblem<K extends string>({ code, params, messages }: { code: string | undefined; params: Record<string, string>; messages: Record<K | "failed", string> }) {
  if (!code) return null
  const text = code in messages ? messages[code as K] : messages.failed
  return (
    <p role="alert" className="rounded-md border border-danger-700 bg-white p-3 text-sm" data-testid="bulk-problem">
      {format(text, params)}
    </p>
  )
}
