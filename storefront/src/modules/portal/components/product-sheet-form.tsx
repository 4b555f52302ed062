"use client"

import { useActionState } from "react"
import { importProductSheetAction, type ProductSheetState } from "@/lib/actions/portal-product-sheet"

const INITIAL: ProductSheetState = { status: "idle" }

interface Labels {
  importLabel: string
  importHint: string
  importSubmit: string
}

/** 批量导入: one CSV or Excel file; answers a count of created drafts or every row's problems. */
export function ProductSheetImportForm({ locale, labels }: { locale: string; labels: Labels }) {
  const [state, action, pending] = useActionState(importProductSheetAction, INITIAL)
  return (
    <form action={action} className="space-y-2" data-testid="product-sheet-import">
      <input type="hidden" name="locale" value={locale} />
      <label className="block text-sm font-medium text-stone-800">
        {labels.importLabel}
        <input type="file" name="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" className="mt-1 block text-sm" required />
      </label>
      <p className="text-sm text-stone-600">{labels.importHint}</p>
      <button type="submit" className="btn-primary" disabled={pending}>
        {labels.importSubmit}
      </button>
      {state.status === "created" ? (
        <p role="status" className="font-medium text-brand-700">
          {state.message}
        </p>
      ) : null}
      {state.status === "error" ? (
        <p role="alert" className="text-danger-700">
          {state.message}
        </p>
      ) : null}
      {state.status === "invalid" ? (
        <div role="alert" className="space-y-1 text-danger-700">
          <p className="font-medium">{state.message}</p>
          <ul className="list-disc pl-5 text-sm" data-testid="product-sheet-problems">
            {state.problems?.map((p) => (
              <li key={p.key}>
                <span className="font-medium">{p.where}</span>
                {p.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </form>
  )
}
