import Link from "next/link"

export interface PaginationLabels {
  label: string
  previous: string
  next: string
  pageOf: string
}

export function Pagination({
  page,
  pages,
  hrefFor,
  labels,
}: {
  page: number
  pages: number
  hrefFor: (page: number) => string
  labels: PaginationLabels
}) {
  if (pages <= 1) return null
  const pageOf = labels.pageOf.replace("{page}", String(page)).replace("{pages}", String(pages))
  return (
    <nav aria-label={labels.label} className="mt-8 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className="btn-secondary" rel="prev">
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-stone-700" aria-current="page">
        {pageOf}
      </span>
      {page < pages ? (
        <Link href={hrefFor(page + 1)} className="btn-secondary" rel="next">
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
