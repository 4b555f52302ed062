import type { ReactNode } from "react"
import type { PortalResult } from "@/lib/data/portal"
import { Empty, LoadError, type LoadErrorLabels } from "./states"

/**
 * A portal list as loaded from the backend: the error when it could not be read, the empty text
 * when there is nothing yet, otherwise what `children` renders from the data.
 */
export function PortalLoaded<T>({
  result,
  isEmpty,
  emptyText,
  labels,
  children,
}: {
  result: PortalResult<T>
  isEmpty: (data: T) => boolean
  emptyText: string
  labels: LoadErrorLabels
  children: (data: T) => ReactNode
}) {
  if (!result.ok) return <LoadError status={result.status} message={result.message} labels={labels} />
  if (isEmpty(result.data)) return <Empty text={emptyText} />
  return <>{children(result.data)}</>
}

/** The portal's tables: column headers (numeric ones right-aligned) over the rows given as children. */
export function PortalTable({ headers, children }: { headers: { text: string; numeric?: boolean }[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-stone-200">
            {headers.map((header) => (
              <th key={header.text} scope="col" className={header.numeric ? "p-2 text-right" : "p-2"}>
                {header.text}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}
