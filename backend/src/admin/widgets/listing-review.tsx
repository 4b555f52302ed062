import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Input, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Section } from "../components/display"
import { FormError } from "../components/form"
import { api } from "../lib/api"
import { useLabels } from "../lib/labels"

/**
 * Product page, top: a listing an enterprise submitted (status "proposed") is approved here, or
 * rejected with the note the enterprise is shown. Other products show nothing.
 */
const ListingReviewWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { UI } = useLabels()
  const [note, setNote] = useState("")
  const queryClient = useQueryClient()
  const review = useMutation({
    mutationFn: (decision: "approve" | "reject") => api.reviewListing(product.id, decision === "reject" ? { decision, note: note.trim() } : { decision }),
    onSuccess: (_answer, decision) => {
      // Medusa's own product page reads the product under these keys.
      void queryClient.invalidateQueries({ queryKey: ["product"] })
      void queryClient.invalidateQueries({ queryKey: ["products"] })
      toast.success(decision === "approve" ? UI.listingApproved : UI.listingRejected, { description: product.title })
    },
  })
  if (product.status !== "proposed") return null
  return (
    <Section title={UI.listingReview}>
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <p className="text-ui-fg-subtle">{UI.listingReviewText}</p>
        <div className="flex flex-wrap items-center gap-2">
          <Input aria-label={UI.rejectReason} placeholder={UI.rejectReason} value={note} onChange={(e) => setNote(e.target.value)} size="small" />
          <Button size="small" variant="danger" type="button" isLoading={review.isPending && review.variables === "reject"} onClick={() => review.mutate("reject")}>
            {UI.rejectListing}
          </Button>
          <Button size="small" variant="primary" type="button" isLoading={review.isPending && review.variables === "approve"} onClick={() => review.mutate("approve")}>
            {UI.approveListing}
          </Button>
        </div>
        <FormError error={review.error} />
      </div>
    </Section>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.before",
})

export default ListingReviewWidget
