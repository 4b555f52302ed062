import { Alert, Button, Text } from "@medusajs/ui"
import type { UseQueryResult } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { errorMessage, isForbidden } from "../lib/api"
import { useLabels } from "../lib/labels"

export function Loading({ label }: { label?: string }) {
  const { UI } = useLabels()
  return (
    <div role="status" aria-live="polite" className="px-6 py-4">
      <Text size="small" className="text-ui-fg-subtle">
        {label ?? UI.loading}
      </Text>
    </div>
  )
}

/**
 * What staff see when the API refuses the page to their role (403, see api/middlewares/staff-role.ts):
 * a short explanation, not an error to retry.
 */
export function Denied() {
  const { UI } = useLabels()
  return (
    <div className="px-6 py-4">
      <Alert variant="warning" role="alert" data-testid="role-denied">
        <div className="flex flex-col gap-y-1">
          <Text size="small" weight="plus">
            {UI.deniedTitle}
          </Text>
          <Text size="small">{UI.deniedText}</Text>
        </div>
      </Alert>
    </div>
  )
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { UI } = useLabels()
  if (isForbidden(error)) return <Denied />
  return (
    <div className="px-6 py-4">
      <Alert variant="error" role="alert">
        <div className="flex flex-col gap-y-2">
          <Text size="small" weight="plus">
            {UI.errorTitle}
          </Text>
          <Text size="small">{errorMessage(error, UI.requestFailed)}</Text>
          {onRetry && (
            <div>
              <Button size="small" variant="secondary" type="button" onClick={onRetry}>
                {UI.retry}
              </Button>
            </div>
          )}
        </div>
      </Alert>
    </div>
  )
}

export function Empty({ children }: { children: ReactNode }) {
  return (
    <div className="px-6 py-6">
      <Text size="small" className="text-ui-fg-muted">
        {children}
      </Text>
    </div>
  )
}

/**
 * Renders a query's three states: loading, error (with the API's message and a retry), and
 * data, with an empty message when `isEmpty` says there is nothing to show.
 */
export function QueryState<T>({
  query,
  isEmpty,
  empty,
  children,
}: {
  query: UseQueryResult<T>
  isEmpty?: (data: T) => boolean
  empty?: ReactNode
  children: (data: T) => ReactNode
}) {
  if (query.isPending) return <Loading />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  if (isEmpty?.(query.data)) return <Empty>{empty}</Empty>
  return <>{children(query.data)}</>
}
