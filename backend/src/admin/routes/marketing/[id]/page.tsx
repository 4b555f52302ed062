import { Button, Input, StatusBadge, Textarea, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import { DataList, DetailList, Page, Section } from "../../../components/display"
import { Field, FormDrawer, FormError } from "../../../components/form"
import { BudgetBar, BudgetSummary } from "../../../components/marketing-charts"
import { LiveSessions } from "../../../components/marketing-live"
import { QueryState } from "../../../components/states"
import { api, keys } from "../../../lib/api"
import { formatDateTime, optionalText } from "../../../lib/format"
import { marketingApi, marketingKeys, type AdminCampaign, type AdminCampaignPromotion, type UpdateCampaignInput } from "../../../lib/marketing-api"
import { isoToLocal, localToIso, numberOrUndefined } from "../../../lib/marketing-format"
import { PHASE_COLOR, describePromotion, useMarketingLabels } from "../../../lib/marketing-labels"

function draftOf(campaign: AdminCampaign) {
  return {
    name: campaign.name,
    name_en: campaign.name_en ?? "",
    body: campaign.body ?? "",
    body_en: campaign.body_en ?? "",
    starts_at: isoToLocal(campaign.starts_at),
    ends_at: isoToLocal(campaign.ends_at),
    budget_limit: campaign.budget ? String(campaign.budget.limit) : "",
  }
}

type CampaignEdit = ReturnType<typeof draftOf>

/**
 * Only what was changed: times are edited to the minute, so re-sending an untouched start or end
 * would move it by the seconds it had.
 */
function changes(campaign: AdminCampaign, form: CampaignEdit): UpdateCampaignInput {
  const before = draftOf(campaign)
  const body: UpdateCampaignInput = {}
  if (form.name !== before.name) body.name = form.name.trim()
  if (form.name_en !== before.name_en) body.name_en = optionalText(form.name_en) ?? null
  if (form.body !== before.body) body.body = optionalText(form.body) ?? null
  if (form.body_en !== before.body_en) body.body_en = optionalText(form.body_en) ?? null
  if (form.starts_at !== before.starts_at) body.starts_at = localToIso(form.starts_at)
  if (form.ends_at !== before.ends_at) body.ends_at = localToIso(form.ends_at)
  const limit = numberOrUndefined(form.budget_limit)
  if (campaign.budget && form.budget_limit !== before.budget_limit && limit !== undefined) body.budget = { limit }
  return body
}

function EditCampaign({ campaign }: { campaign: AdminCampaign }) {
  const { MF, MU } = useMarketingLabels()
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(() => draftOf(campaign))
  const set = (key: keyof CampaignEdit) => (value: string) => setForm((f) => ({ ...f, [key]: value }))
  const queryClient = useQueryClient()
  const save = useMutation({
    mutationFn: () => marketingApi.updateCampaign(campaign.id, changes(campaign, form)),
    onSuccess: ({ campaign: updated }) => {
      queryClient.setQueryData(marketingKeys.campaign(campaign.id), { campaign: updated })
      void queryClient.invalidateQueries({ queryKey: marketingKeys.all })
      toast.success(MU.saved, { description: updated.name })
      setOpen(false)
    },
  })
  return (
    <FormDrawer
      triggerLabel={MU.editCampaign}
      title={MU.editCampaign}
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (next) setForm(draftOf(campaign))
        else save.reset()
      }}
      onSubmit={() => save.mutate()}
      pending={save.isPending}
      error={save.error}
      submitLabel={MU.saveCampaign}
    >
      <Field id="edit-name" label={MF.name}>
        <Input id="edit-name" value={form.name} onChange={(e) => set("name")(e.target.value)} required />
      </Field>
      <Field id="edit-name-en" label={MF.name_en} optional>
        <Input id="edit-name-en" value={form.name_en} onChange={(e) => set("name_en")(e.target.value)} />
      </Field>
      <Field id="edit-body" label={MF.body} optional>
        <Textarea id="edit-body" rows={5} value={form.body} onChange={(e) => set("body")(e.target.value)} />
      </Field>
      <Field id="edit-body-en" label={MF.body_en} optional>
        <Textarea id="edit-body-en" rows={5} value={form.body_en} onChange={(e) => set("body_en")(e.target.value)} />
      </Field>
      <Field id="edit-starts" label={MF.starts_at} hint={MU.chinaTime}>
        <Input id="edit-starts" type="datetime-local" value={form.starts_at} onChange={(e) => set("starts_at")(e.target.value)} required />
      </Field>
      <Field id="edit-ends" label={MF.ends_at} hint={MU.chinaTime}>
        <Input id="edit-ends" type="datetime-local" value={form.ends_at} onChange={(e) => set("ends_at")(e.target.value)} required />
      </Field>
      {campaign.budget && (
        <Field id="edit-budget-limit" label={MF.budget_limit} hint={campaign.budget.type === "usage" ? MU.usesUnit : MU.yuanUnit}>
          <Input
            id="edit-budget-limit"
            type="number"
            min={0}
            step={campaign.budget.type === "usage" ? 1 : "any"}
            value={form.budget_limit}
            onChange={(e) => set("budget_limit")(e.target.value)}
          />
        </Field>
      )}
    </FormDrawer>
  )
}

/** Ends the campaign now (ends_at = now) after a confirmation: its codes stop working at once. */
function EndNow({ campaign }: { campaign: AdminCampaign }) {
  const { MU } = useMarketingLabels()
  const prompt = usePrompt()
  const queryClient = useQueryClient()
  const end = useMutation({
    mutationFn: () => marketingApi.updateCampaign(campaign.id, { ends_at: new Date().toISOString() }),
    onSuccess: ({ campaign: updated }) => {
      queryClient.setQueryData(marketingKeys.campaign(campaign.id), { campaign: updated })
      void queryClient.invalidateQueries({ queryKey: marketingKeys.all })
      toast.success(MU.ended, { description: updated.name })
    },
  })
  if (campaign.phase === "ended") return null
  const confirmEnd = async () => {
    const confirmed = await prompt({ title: MU.endTitle, description: MU.endText, confirmText: MU.confirmEnd, cancelText: MU.cancel })
    if (confirmed) end.mutate()
  }
  return (
    <div className="flex flex-col items-end gap-2">
      <Button size="small" variant="danger" type="button" isLoading={end.isPending} onClick={() => void confirmEnd()}>
        {MU.endNow}
      </Button>
      <FormError error={end.error} />
    </div>
  )
}

function PromotionUsage({ promotion }: { promotion: AdminCampaignPromotion }) {
  const { MC } = useMarketingLabels()
  const used = promotion.used ?? 0
  if (!promotion.usage_limit) return <>{used} / ∞</>
  const text = `${used} / ${promotion.usage_limit}`
  return (
    <div className="flex min-w-[6rem] flex-col gap-y-1">
      <span>{text}</span>
      <BudgetBar used={used} limit={promotion.usage_limit} label={`${promotion.code} ${MC.usage}: ${text}`} />
    </div>
  )
}

function CampaignDetail({ campaign }: { campaign: AdminCampaign }) {
  const { CAMPAIGN_KIND, CAMPAIGN_PHASE, PROMOTION_KIND, FUNDING_SOURCE, MF, MU, MC } = useMarketingLabels()
  const brands = useQuery({ queryKey: keys.brands, queryFn: api.listBrands })
  const products = useQuery({ queryKey: marketingKeys.products, queryFn: marketingApi.listProductChoices })
  const brandName = (id: string) => brands.data?.brands.find((b) => b.id === id)?.name ?? id
  const productTitle = (id: string) => products.data?.find((p) => p.id === id)?.title ?? id
  const list = (ids: string[] | null | undefined, name: (id: string) => string) => (ids?.length ? ids.map(name).join(", ") : "—")
  const target = (p: AdminCampaignPromotion) => {
    const t = p.target
    const parts = [
      t?.product_ids?.length ? list(t.product_ids, productTitle) : null,
      t?.brand_ids?.length ? list(t.brand_ids, brandName) : null,
      t?.category_ids?.length ? t.category_ids.join(", ") : null,
    ].filter(Boolean)
    return parts.length ? parts.join(" · ") : MC.allItems
  }

  return (
    <Page>
      <div>
        <Link to="/marketing" className="text-ui-fg-interactive text-sm hover:underline">
          {MU.backToList}
        </Link>
      </div>
      <Section
        title={campaign.name}
        level="h1"
        actions={
          <>
            <StatusBadge color={PHASE_COLOR[campaign.phase] ?? "grey"}>{CAMPAIGN_PHASE[campaign.phase] ?? campaign.phase}</StatusBadge>
            <Button size="small" variant="secondary" asChild>
              <Link to={`/marketing/dashboard?campaign_id=${encodeURIComponent(campaign.id)}`}>{MU.dashboard}</Link>
            </Button>
            <EditCampaign campaign={campaign} />
            <EndNow campaign={campaign} />
          </>
        }
      >
        <DetailList
          items={[
            [MC.handle, campaign.handle],
            [MC.kind, CAMPAIGN_KIND[campaign.kind] ?? campaign.kind],
            [MF.name_en, campaign.name_en],
            [MF.starts_at, formatDateTime(campaign.starts_at)],
            [MF.ends_at, formatDateTime(campaign.ends_at)],
            [MC.exclusive, campaign.exclusive ? MC.yes : MC.no],
            [MC.funding, FUNDING_SOURCE[campaign.funding_source]],
            [MF.body, campaign.body ? <span className="whitespace-pre-line">{campaign.body}</span> : null],
            [MF.body_en, campaign.body_en ? <span className="whitespace-pre-line">{campaign.body_en}</span> : null],
            [MF.hero_image, campaign.hero_image_url ? <a href={campaign.hero_image_url} className="text-ui-fg-interactive hover:underline" target="_blank" rel="noreferrer">{campaign.hero_image_url}</a> : null],
            [MF.share_image, campaign.share_image_url ? <a href={campaign.share_image_url} className="text-ui-fg-interactive hover:underline" target="_blank" rel="noreferrer">{campaign.share_image_url}</a> : null],
            [MC.brands, list(campaign.featured_brand_ids, brandName)],
            [MC.products, list(campaign.featured_product_ids, productTitle)],
            [MC.counties, list(campaign.featured_county_codes, (c) => c)],
          ]}
        />
      </Section>

      <Section title={MU.budgetTitle}>
        <div className="px-6 py-4">
          <BudgetSummary budget={campaign.budget} />
        </div>
      </Section>

      <Section title={MU.promotionsTitle}>
        <DataList
          label={MU.promotionsTitle}
          rows={campaign.promotions}
          rowKey={(p) => p.id}
          columns={[
            { header: MC.code, cell: (p) => <code>{p.code}</code> },
            { header: MC.promotionKind, cell: (p) => PROMOTION_KIND[p.kind] ?? p.kind },
            { header: MC.value, cell: (p) => describePromotion(p, MU) },
            { header: MF.automatic, cell: (p) => (p.automatic ? MC.yes : MC.no) },
            { header: MC.usage, cell: (p) => <PromotionUsage promotion={p} /> },
            { header: MC.target, cell: target },
          ]}
        />
      </Section>

      <Section title={MU.liveTitle}>
        <LiveSessions campaign={campaign} />
      </Section>
    </Page>
  )
}

const CampaignPage = () => {
  const { id = "" } = useParams()
  const query = useQuery({ queryKey: marketingKeys.campaign(id), queryFn: () => marketingApi.getCampaign(id), enabled: Boolean(id) })
  return (
    <QueryState query={query}>
      {({ campaign }) => <CampaignDetail campaign={campaign} />}
    </QueryState>
  )
}

export default CampaignPage
