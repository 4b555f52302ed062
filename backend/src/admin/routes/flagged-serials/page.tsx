import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ExclamationCircle } from "@medusajs/icons"
import { Badge, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { SerialReviewAction } from "@seleno/domain"
import { useState } from "react"
import { Link } from "react-router-dom"
import { DataList, Page, Section } from "../../components/display"
import { Field, FormDrawer } from "../../components/form"
import { QueryState } from "../../components/states"
import { api, keys, type FlaggedSerial } from "../../lib/api"
import { formatDateTime } from "../../lib/format"
import { fill, labelOf, useLabels } from "../../lib/labels"

/** Confirm or clear one serial, with the note kept beside the decision. */
function Review({ serial, action }: { serial: FlaggedSerial; action: SerialReviewAction }) {
  const { UI } = useLabels()
  const [open, setOpen] = useState(false)
  const [note, setNote] = useState("")
  const queryClient = useQueryClient()
  const label = action === "confirm" ? UI.confirmCounterfeit : UI.clearSignal
  const review = useMutation({
    mutationFn: () => api.reviewSerial(serial.id, action, { note: note.trim() }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.flaggedSerials })
      toast.success(UI.signalReviewed, { description: `${serial.batch.lot} · ${serial.serial}` })
      setOpen(false)
      setNote("")
    },
  })
  return (
    <FormDrawer
      triggerLabel={label}
      title={`${label} · ${serial.batch.lot} · ${serial.serial}`}
      description={action === "confirm" ? UI.confirmCounterfeitText : UI.clearSignalText}
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (!next) review.reset()
      }}
      onSubmit={() => review.mutate()}
      pending={review.isPending}
      error={review.error}
      submitLabel={label}
    >
      <Field id={`note-${serial.id}-${action}`} label={UI.reviewNote}>
        <Textarea id={`note-${serial.id}-${action}`} value={note} onChange={(e) => setNote(e.target.value)} rows={3} maxLength={1000} required />
      </Field>
    </FormDrawer>
  )
}

function Evidence({ serial }: { serial: FlaggedSerial }) {
  const { FIELD, HINT } = useLabels()
  const e = serial.evidence
  return (
    <div className="flex flex-col gap-y-0.5 text-ui-fg-subtle">
      <span>
        {FIELD.scans} {e.scan_count} · {FIELD.networks} {e.network_count}
        {e.scans_since_review !== e.scan_count ? ` ${fill(HINT.sinceReview, { scans: e.scans_since_review, networks: e.networks_since_review })}` : ""}
      </span>
      <span className="whitespace-nowrap">
        {formatDateTime(e.first_scanned_at)} – {formatDateTime(e.last_scanned_at)}
      </span>
      {e.places.length > 0 && <span className="font-mono text-xs">{e.places.map((p) => `${p.place} ×${p.scans}`).join(", ")}</span>}
    </div>
  )
}

const FlaggedSerialsPage = () => {
  const { UI, FIELD, SIGNAL_STATE, SIGNAL_REASON } = useLabels()
  const query = useQuery({ queryKey: keys.flaggedSerials, queryFn: api.listFlaggedSerials })
  return (
    <Page>
      <Section title={UI.flaggedTitle} level="h1">
        <div className="px-6 py-3">
          <Text size="small" className="text-ui-fg-subtle">
            {UI.flaggedIntro}
          </Text>
        </div>
        <QueryState query={query} isEmpty={(d) => d.serials.length === 0} empty={UI.flaggedEmpty}>
          {({ serials }) => (
            <DataList
              label={UI.flaggedTitle}
              rows={serials}
              rowKey={(s) => s.id}
              columns={[
                {
                  header: FIELD.signal_state,
                  cell: (s) => <Badge color={s.state === "confirmed" ? "red" : "orange"}>{labelOf(SIGNAL_STATE, s.state)}</Badge>,
                },
                {
                  header: FIELD.product,
                  cell: (s) => (
                    <div className="flex flex-col">
                      <Link to={`/trace-batches/${s.batch.id}`} className="text-ui-fg-interactive hover:underline">
                        {s.batch.product_title ?? s.batch.lot}
                      </Link>
                      <span className="text-ui-fg-subtle">{s.batch.enterprise_name ?? "—"}</span>
                    </div>
                  ),
                },
                {
                  header: `${FIELD.lot} / ${FIELD.serial}`,
                  cell: (s) => <span className="font-mono">{`${s.batch.lot} / ${s.serial}`}</span>,
                  className: "whitespace-nowrap",
                },
                { header: FIELD.reasons, cell: (s) => s.reasons.map((r) => labelOf(SIGNAL_REASON, r)).join(", ") || "—" },
                { header: FIELD.evidence, cell: (s) => <Evidence serial={s} /> },
                {
                  header: FIELD.review,
                  cell: (s) => (s.reviewed_at ? `${formatDateTime(s.reviewed_at)}: ${s.review_note ?? ""}` : formatDateTime(s.suspected_at)),
                },
                {
                  header: FIELD.actions,
                  cell: (s) => (
                    <div className="flex flex-wrap gap-2">
                      {s.state !== "confirmed" && <Review serial={s} action="confirm" />}
                      <Review serial={s} action="clear" />
                    </div>
                  ),
                },
              ]}
            />
          )}
        </QueryState>
      </Section>
    </Page>
  )
}

export const config = defineRouteConfig({
  label: "nav.flaggedSerials",
  translationNs: "seleno",
  icon: ExclamationCircle,
  rank: 5,
})

export default FlaggedSerialsPage
