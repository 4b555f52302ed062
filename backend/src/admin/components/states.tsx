import { Alert, Button, Text } from "@medusajs/ui"
import type { UseQueryResult } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { errorMessage } from "../lib/api"
import { UI } from "../lib/labels"

export function Loading({ label = UI.loading }: { label?: string }) {
  return (
    <div role="status" aria-live="polite" className="px-6 py-4">
      <Text size="small" className="text-ui-fg-subtle">
        {label}
      </Text>
    </div>
  )
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div className="px-6 py-4">
      <Alert variant="error" role="alert">
        <div className="flex flex-col gap-y-2">
          <Text size="small" weight="plus">
            {UI.errorTitle}
          </Text>
          <Text size="small">{errorMessage(error)}</Text>
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
