import { Container, Heading, StatusBadge as MedusaStatusBadge, Table, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { labelOf, STATUS_COLOR } from "../lib/labels"

/**
 * A card with a heading row (title and actions) and content below; a named region, so
 * assistive technology and tests can find it by its title.
 */
export function Section({
  title,
  level = "h2",
  actions,
  children,
}: {
  title: ReactNode
  level?: "h1" | "h2"
  actions?: ReactNode
  children?: ReactNode
}) {
  const label = typeof title === "string" ? title : undefined
  return (
    <Container className="divide-y p-0" role="region" aria-label={label}>
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <Heading level={level}>{title}</Heading>
        {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
      </div>
      {children}
    </Container>
  )
}

/** A two-column list of facts: label on the left, value on the right. */
export function DetailList({ items }: { items: [label: string, value: ReactNode][] }) {
  return (
    <dl className="divide-y">
      {items.map(([label, value]) => (
        <div key={label} className="grid grid-cols-2 items-start gap-4 px-6 py-3">
          <dt>
            <Text size="small" weight="plus" leading="compact" className="text-ui-fg-subtle">
              {label}
            </Text>
          </dt>
          <dd>
            <Text as="div" size="small" leading="compact" className="break-words">
              {value ?? "—"}
            </Text>
          </dd>
        </div>
      ))}
    </dl>
  )
}

/** A status value as a coloured badge with its label (colours from labels.ts). */
export function StatusBadge({ status, labels }: { status: string | null | undefined; labels: Record<string, string> }) {
  if (!status) return <>—</>
  return <MedusaStatusBadge color={STATUS_COLOR[status] ?? "grey"}>{labelOf(labels, status)}</MedusaStatusBadge>
}

export interface Column<T> {
  header: string
  cell: (row: T) => ReactNode
  className?: string
}

/** A plain table of rows with the dashboard's table styling; scrolls sideways on narrow screens. */
export function DataList<T>({
  label,
  columns,
  rows,
  rowKey,
}: {
  label: string
  columns: Column<T>[]
  rows: T[]
  rowKey: (row: T) => string
}) {
  return (
    <div className="overflow-x-auto">
      <Table aria-label={label}>
        <Table.Header>
          <Table.Row>
            {columns.map((column) => (
              <Table.HeaderCell key={column.header} className={column.className}>
                {column.header}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={rowKey(row)}>
              {columns.map((column) => (
                <Table.Cell key={column.header} className={column.className}>
                  {column.cell(row)}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}

/** Stacks a page's sections with the dashboard's spacing. */
export function Page({ children }: { children: ReactNode }) {
  return <div className="flex flex-col gap-y-3">{children}</div>
}
