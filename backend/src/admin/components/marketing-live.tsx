import { Button, Input, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState, type FormEvent } from "react"
import { DataList } from "./display"
import { Field, FormDrawer, FormError, SelectField } from "./form"
import { Empty, Loading } from "./states"
import { formatDateTime, optionalText } from "../lib/format"
import {
  marketingApi,
  marketingKeys,
  type AdminCampaign,
  type AdminLiveSession,
  type ProductChoice,
} from "../lib/marketing-api"
import { localToIso, numberOrUndefined } from "../lib/marketing-format"
import { formatYuan, useMarketingLabels } from "../lib/marketing-labels"
import { fill, optionsOf } from "../lib/labels"
import type { FundingSource } from "@seleno/domain"

interface PriceDraft {
  key: number
  product_id: string
  variant_id: string
  amount: string
}

let nextPriceKey = 1
const emptyPrice = (): PriceDraft => ({ key: nextPriceKey++, product_id: "", variant_id: "", amount: "" })

/** One session price: a product, then one of its variants (loaded when the product is chosen), then the price. */
function PriceRow({
  index,
  draft,
  products,
  onChange,
  onRemove,
}: {
  index: number
  draft: PriceDraft
  products: ProductChoice[]
  onChange: (draft: PriceDraft) => void
  onRemove: () => void
}) {
  const { MF, MU } = useMarketingLabels()
  const variants = useQuery({
    queryKey: marketingKeys.variants(draft.product_id),
    queryFn: () => marketingApi.listVariantChoices(draft.product_id),
    enabled: Boolean(draft.product_id),
  })
  const id = `live-price-${draft.key}`
  const legend = `${MU.prices} ${index + 1}`
  const variant = variants.data?.find((v) => v.id === draft.variant_id)
  return (
    <fieldset className="flex flex-col gap-y-3 rounded-lg border p-3" aria-label={legend}>
      <legend className="px-1">
        <Text size="xsmall" weight="plus">
          {legend}
        </Text>
      </legend>
      <Field id={`${id}-product`} label={MF.price_product}>
        <SelectField
          id={`${id}-product`}
          value={draft.product_id}
          onChange={(product_id) => onChange({ ...draft, product_id, variant_id: "" })}
          options={products.map((p) => ({ value: p.id, label: p.title }))}
        />
      </Field>
      <Field id={`${id}-variant`} label={MF.price_variant} hint={variant?.price != null ? fill(MU.listPrice, { price: formatYuan(variant.price) }) : undefined}>
        <SelectField
          id={`${id}-variant`}
          value={draft.variant_id}
          onChange={(variant_id) => onChange({ ...draft, variant_id })}
          disabled={!variants.data}
          placeholder={variants.isFetching ? MU.loadingChoices : undefined}
          options={(variants.data ?? []).map((v) => ({
            value: v.id,
            label: [v.title ?? v.sku ?? v.id, v.price != null ? formatYuan(v.price) : null].filter(Boolean).join(" · "),
          }))}
        />
      </Field>
      <Field id={`${id}-amount`} label={MF.price_amount}>
        <Input id={`${id}-amount`} type="number" min={0} step="any" value={draft.amount} onChange={(e) => onChange({ ...draft, amount: e.target.value })} required />
      </Field>
      {variants.error && <FormError error={variants.error} />}
      <div>
        <Button size="small" variant="transparent" type="button" onClick={onRemove}>
          {MU.removePrice}
        </Button>
      </div>
    </fieldset>
  )
}

const emptySession = { handle: "", title: "", title_en: "", host: "", stream_url: "", replay_url: "", starts_at: "", ends_at: "", funding_source: "platform" }

/** A live session of this campaign, with its session prices, created in one request. */
function AddLiveSession({ campaign }: { campaign: AdminCampaign }) {
  const { FUNDING_SOURCE, MF, MU } = useMarketingLabels()
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(emptySession)
  const [prices, setPrices] = useState<PriceDraft[]>(() => [emptyPrice()])
  const set = (key: keyof typeof emptySession) => (value: string) => setForm((f) => ({ ...f, [key]: value }))
  const products = useQuery({ queryKey: marketingKeys.products, queryFn: marketingApi.listProductChoices, enabled: open })
  const queryClient = useQueryClient()
  const create = useMutation({
    mutationFn: () =>
      marketingApi.createLiveSession({
        campaign_id: campaign.id,
        handle: form.handle.trim(),
        title: form.title.trim(),
        title_en: optionalText(form.title_en),
        host: form.host.trim(),
        stream_url: form.stream_url.trim(),
        replay_url: optionalText(form.replay_url),
        starts_at: localToIso(form.starts_at),
        ends_at: localToIso(form.ends_at),
        prices: prices.map((p) => ({ variant_id: p.variant_id, amount: numberOrUndefined(p.amount) ?? Number.NaN })),
        funding_source: form.funding_source as FundingSource,
      }),
    onSuccess: ({ live_session }) => {
      void queryClient.invalidateQueries({ queryKey: marketingKeys.all })
      toast.success(MU.liveCreated, { description: live_session.title })
      setOpen(false)
      setForm(emptySession)
      setPrices([emptyPrice()])
    },
  })
  return (
    <FormDrawer
      triggerLabel={MU.addLive}
      title={MU.addLive}
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (!next) create.reset()
      }}
      onSubmit={() => create.mutate()}
      pending={create.isPending}
      error={create.error ?? products.error}
      submitLabel={MU.createLive}
    >
      <Field id="live-handle" label={MF.handle} hint="a-z 0-9 -">
        <Input id="live-handle" value={form.handle} onChange={(e) => set("handle")(e.target.value)} required autoComplete="off" />
      </Field>
      <Field id="live-title" label={MF.title}>
        <Input id="live-title" value={form.title} onChange={(e) => set("title")(e.target.value)} required />
      </Field>
      <Field id="live-title-en" label={MF.title_en} optional>
        <Input id="live-title-en" value={form.title_en} onChange={(e) => set("title_en")(e.target.value)} />
      </Field>
      <Field id="live-host" label={MF.host}>
        <Input id="live-host" value={form.host} onChange={(e) => set("host")(e.target.value)} required />
      </Field>
      <Field id="live-stream" label={MF.stream_url}>
        <Input id="live-stream" type="url" value={form.stream_url} onChange={(e) => set("stream_url")(e.target.value)} required placeholder="https://…" />
      </Field>
      <Field id="live-replay" label={MF.replay_url} optional>
        <Input id="live-replay" type="url" value={form.replay_url} onChange={(e) => set("replay_url")(e.target.value)} placeholder="https://…" />
      </Field>
      <Field id="live-starts" label={MF.starts_at} hint={MU.chinaTime}>
        <Input id="live-starts" type="datetime-local" value={form.starts_at} onChange={(e) => set("starts_at")(e.target.value)} required />
      </Field>
      <Field id="live-ends" label={MF.ends_at} hint={MU.chinaTime}>
        <Input id="live-ends" type="datetime-local" value={form.ends_at} onChange={(e) => set("ends_at")(e.target.value)} required />
      </Field>
      <Field id="live-funding" label={MF.funding_source}>
        <SelectField id="live-funding" value={form.funding_source} onChange={set("funding_source")} options={optionsOf(FUNDING_SOURCE)} />
      </Field>
      <div className="flex flex-col gap-y-3">
        <Text size="small" weight="plus">
          {MU.prices}
        </Text>
        {prices.map((draft, index) => (
          <PriceRow
            key={draft.key}
            index={index}
            draft={draft}
            products={products.data ?? []}
            onChange={(next) => setPrices((list) => list.map((p) => (p.key === next.key ? next : p)))}
            onRemove={() => setPrices((list) => list.filter((p) => p.key !== draft.key))}
          />
        ))}
        <div>
          <Button size="small" variant="secondary" type="button" onClick={() => setPrices((list) => [...list, emptyPrice()])}>
            {MU.addPrice}
          </Button>
        </div>
      </div>
    </FormDrawer>
  )
}

/** Sets (or changes) the replay URL of one session, usually once it has ended. */
function ReplayForm({ session }: { session: AdminLiveSession }) {
  const { MF, MU } = useMarketingLabels()
  const [url, setUrl] = useState(session.replay_url ?? "")
  const queryClient = useQueryClient()
  const save = useMutation({
    mutationFn: () => marketingApi.updateLiveSession(session.id, { replay_url: url.trim() || null }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: marketingKeys.liveSessions })
      toast.success(MU.replaySaved, { description: session.title })
    },
  })
  const id = `replay-${session.id}`
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    save.mutate()
  }
  return (
    <form onSubmit={submit} aria-label={fill(MU.replayFor, { title: session.title })} className="flex min-w-[16rem] flex-col gap-y-1">
      <label htmlFor={id} className="sr-only">
        {MF.replay_url}
      </label>
      <div className="flex items-center gap-x-2">
        <Input id={id} type="url" size="small" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://…" />
        <Button size="small" variant="secondary" type="submit" isLoading={save.isPending}>
          {MU.saveReplay}
        </Button>
      </div>
      <FormError error={save.error} />
    </form>
  )
}

export function LiveSessions({ campaign }: { campaign: AdminCampaign }) {
  const { CAMPAIGN_PHASE, FUNDING_SOURCE, MU, MC } = useMarketingLabels()
  const query = useQuery({ queryKey: marketingKeys.liveSessions, queryFn: marketingApi.listLiveSessions })
  const sessions = (query.data?.live_sessions ?? []).filter((s) => s.campaign?.id === campaign.id)
  return (
    <>
      <div className="flex justify-end px-6 py-3">
        <AddLiveSession campaign={campaign} />
      </div>
      {query.isError ? (
        <div className="px-6 py-4">
          <FormError error={query.error} />
        </div>
      ) : query.isPending ? (
        <Loading />
      ) : sessions.length === 0 ? (
        <Empty>{MU.liveEmpty}</Empty>
      ) : (
        <DataList
          label={MU.liveTitle}
          rows={sessions}
          rowKey={(s) => s.id}
          columns={[
            { header: MC.title, cell: (s) => (s.title_en ? `${s.title} · ${s.title_en}` : s.title) },
            { header: MC.host, cell: (s) => s.host },
            {
              header: MC.time,
              cell: (s) => (
                <span className="whitespace-nowrap">
                  {formatDateTime(s.starts_at)} – {formatDateTime(s.ends_at)}
                </span>
              ),
            },
            { header: MC.phase, cell: (s) => CAMPAIGN_PHASE[s.phase] ?? s.phase },
            { header: MC.funding, cell: (s) => FUNDING_SOURCE[s.funding_source] },
            {
              header: MC.sessionPrices,
              cell: (s) =>
                s.prices.length
                  ? s.prices.map((p) => `${formatYuan(p.amount)}${p.original_amount != null ? ` (${formatYuan(p.original_amount)})` : ""}`).join(", ")
                  : "—",
            },
            { header: MC.replay, cell: (s) => <ReplayForm key={`${s.id}-${s.replay_url ?? ""}`} session={s} /> },
          ]}
        />
      )}
    </>
  )
}
