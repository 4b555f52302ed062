import { REGIONS } from "@seleno/domain/src/regions"
import type { CampaignKind, FundingSource } from "@seleno/domain"
import { Button, Input, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState, type FormEvent } from "react"
import { Link, useNavigate } from "react-router-dom"
import { Page, Section } from "../../../components/display"
import { Field, FormError, SelectField } from "../../../components/form"
import { CheckboxField, CheckList, ImageField } from "../../../components/marketing-fields"
import { emptyPromotion, PromotionFields, toPromotionInput, type PromotionDraft } from "../../../components/marketing-promotion"
import { api, keys } from "../../../lib/api"
import { optionalText } from "../../../lib/format"
import { optionsOf } from "../../../lib/labels"
import { marketingApi, marketingKeys, type BudgetType, type CreateCampaignInput } from "../../../lib/marketing-api"
import { localToIso, numberOrUndefined } from "../../../lib/marketing-format"
import { useMarketingLabels } from "../../../lib/marketing-labels"

const emptyCampaign = {
  handle: "",
  kind: "" as CampaignKind | "",
  name: "",
  name_en: "",
  body: "",
  body_en: "",
  hero_image_url: "",
  share_image_url: "",
  starts_at: "",
  ends_at: "",
  budget_type: "" as BudgetType | "",
  budget_limit: "",
  exclusive: false,
  funding_source: "platform" as FundingSource,
  featured_brand_ids: [] as string[],
  featured_product_ids: [] as string[],
  featured_county_codes: [] as string[],
}

type CampaignDraft = typeof emptyCampaign

/** The counties of every selenium region, grouped under their region's name. */
const COUNTY_OPTIONS = REGIONS.flatMap((region) =>
  region.counties.map((county) => ({
    value: county.code,
    label: `${county.name.zh} ${county.name.en}`,
    group: `${region.name.zh} ${region.name.en}`,
  })),
)

function toCreateInput(form: CampaignDraft, promotions: PromotionDraft[]): CreateCampaignInput {
  const limit = numberOrUndefined(form.budget_limit)
  return {
    handle: form.handle.trim(),
    kind: form.kind,
    name: form.name.trim(),
    name_en: optionalText(form.name_en),
    body: optionalText(form.body),
    body_en: optionalText(form.body_en),
    hero_image_url: optionalText(form.hero_image_url),
    share_image_url: optionalText(form.share_image_url),
    starts_at: localToIso(form.starts_at),
    ends_at: localToIso(form.ends_at),
    // A limit without a type is a spend budget: the limit field is labelled in yuan.
    budget: limit === undefined ? undefined : { type: form.budget_type || "spend", limit },
    exclusive: form.exclusive,
    funding_source: form.funding_source,
    featured_brand_ids: form.featured_brand_ids,
    featured_product_ids: form.featured_product_ids,
    featured_county_codes: form.featured_county_codes,
    promotions: promotions.map(toPromotionInput),
  }
}

const NewCampaignPage = () => {
  const { CAMPAIGN_KIND, FUNDING_SOURCE, BUDGET_TYPE, MF, MU } = useMarketingLabels()
  const [form, setForm] = useState<CampaignDraft>(emptyCampaign)
  const [promotions, setPromotions] = useState<PromotionDraft[]>(() => [emptyPromotion()])
  const set =
    <K extends keyof CampaignDraft>(key: K) =>
    (value: CampaignDraft[K]) =>
      setForm((f) => ({ ...f, [key]: value }))

  const brands = useQuery({ queryKey: keys.brands, queryFn: api.listBrands })
  const products = useQuery({ queryKey: marketingKeys.products, queryFn: marketingApi.listProductChoices })
  const brandOptions = (brands.data?.brands ?? []).map((b) => ({ value: b.id, label: b.name }))
  const productOptions = (products.data ?? []).map((p) => ({ value: p.id, label: p.title }))

  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const create = useMutation({
    mutationFn: () => marketingApi.createCampaign(toCreateInput(form, promotions)),
    onSuccess: ({ campaign }) => {
      void queryClient.invalidateQueries({ queryKey: marketingKeys.all })
      toast.success(MU.created, { description: campaign.name })
      navigate(`/marketing/${campaign.id}`)
    },
  })

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    create.mutate()
  }

  return (
    <Page>
      <div>
        <Link to="/marketing" className="text-ui-fg-interactive text-sm hover:underline">
          {MU.backToList}
        </Link>
      </div>
      <form onSubmit={submit} aria-label={MU.newCampaign} className="flex flex-col gap-y-3">
        <Section title={MU.newCampaign} level="h1">
          <div className="flex flex-col gap-y-4 px-6 py-4">
            <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
              <Field id="campaign-handle" label={MF.handle} hint="a-z 0-9 -, e.g. xibohui-2026">
                <Input id="campaign-handle" value={form.handle} onChange={(e) => set("handle")(e.target.value)} required autoComplete="off" />
              </Field>
              <Field id="campaign-kind" label={MF.kind}>
                <SelectField id="campaign-kind" value={form.kind} onChange={(v) => set("kind")(v as CampaignKind)} options={optionsOf(CAMPAIGN_KIND)} />
              </Field>
              <Field id="campaign-name" label={MF.name}>
                <Input id="campaign-name" value={form.name} onChange={(e) => set("name")(e.target.value)} required />
              </Field>
              <Field id="campaign-name-en" label={MF.name_en} optional>
                <Input id="campaign-name-en" value={form.name_en} onChange={(e) => set("name_en")(e.target.value)} />
              </Field>
            </div>
          </div>
        </Section>

        <Section title={MU.content}>
          <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-2">
            <Field id="campaign-body" label={MF.body} optional>
              <Textarea id="campaign-body" rows={5} value={form.body} onChange={(e) => set("body")(e.target.value)} />
            </Field>
            <Field id="campaign-body-en" label={MF.body_en} optional>
              <Textarea id="campaign-body-en" rows={5} value={form.body_en} onChange={(e) => set("body_en")(e.target.value)} />
            </Field>
            <ImageField id="campaign-hero" label={MF.hero_image} uploadLabel={MF.hero_upload} value={form.hero_image_url} onChange={set("hero_image_url")} />
            <ImageField id="campaign-share" label={MF.share_image} uploadLabel={MF.share_upload} value={form.share_image_url} onChange={set("share_image_url")} />
          </div>
        </Section>

        <Section title={MU.schedule}>
          <div className="flex flex-col gap-y-4 px-6 py-4">
            <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
              <Field id="campaign-starts" label={MF.starts_at} hint={MU.chinaTime}>
                <Input id="campaign-starts" type="datetime-local" value={form.starts_at} onChange={(e) => set("starts_at")(e.target.value)} required />
              </Field>
              <Field id="campaign-ends" label={MF.ends_at} hint={MU.chinaTime}>
                <Input id="campaign-ends" type="datetime-local" value={form.ends_at} onChange={(e) => set("ends_at")(e.target.value)} required />
              </Field>
              <Field id="campaign-budget-type" label={MF.budget_type} optional>
                <SelectField
                  id="campaign-budget-type"
                  value={form.budget_type}
                  onChange={(v) => set("budget_type")(v as BudgetType | "")}
                  options={optionsOf(BUDGET_TYPE)}
                  allowNone
                />
              </Field>
              <Field
                id="campaign-budget-limit"
                label={MF.budget_limit}
                optional
                hint={form.budget_type === "usage" ? MU.usesUnit : MU.yuanUnit}
              >
                <Input
                  id="campaign-budget-limit"
                  type="number"
                  min={0}
                  step={form.budget_type === "usage" ? 1 : "any"}
                  value={form.budget_limit}
                  onChange={(e) => set("budget_limit")(e.target.value)}
                />
              </Field>
            </div>
            <CheckboxField id="campaign-exclusive" label={MF.exclusive} checked={form.exclusive} onChange={set("exclusive")} />
            <Field id="campaign-funding" label={MF.funding_source}>
              <SelectField id="campaign-funding" value={form.funding_source} onChange={(v) => set("funding_source")(v as FundingSource)} options={optionsOf(FUNDING_SOURCE)} />
            </Field>
          </div>
        </Section>

        <Section title={MU.featured}>
          <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-3">
            <CheckList
              id="campaign-brands"
              legend={MF.featured_brands}
              options={brandOptions}
              selected={form.featured_brand_ids}
              onChange={set("featured_brand_ids")}
              loading={brands.isPending}
            />
            <CheckList
              id="campaign-products"
              legend={MF.featured_products}
              options={productOptions}
              selected={form.featured_product_ids}
              onChange={set("featured_product_ids")}
              loading={products.isPending}
            />
            <CheckList
              id="campaign-counties"
              legend={MF.counties}
              options={COUNTY_OPTIONS}
              selected={form.featured_county_codes}
              onChange={set("featured_county_codes")}
            />
          </div>
          {(brands.error || products.error) && (
            <div className="px-6 pb-4">
              <FormError error={brands.error ?? products.error} />
            </div>
          )}
        </Section>

        <Section
          title={MU.promotions}
          actions={
            <Button size="small" variant="secondary" type="button" onClick={() => setPromotions((list) => [...list, emptyPromotion()])}>
              {MU.addPromotion}
            </Button>
          }
        >
          <div className="flex flex-col gap-y-4 px-6 py-4">
            {promotions.map((draft, index) => (
              <PromotionFields
                key={draft.key}
                index={index}
                draft={draft}
                onChange={(next) => setPromotions((list) => list.map((p) => (p.key === next.key ? next : p)))}
                onRemove={promotions.length > 1 ? () => setPromotions((list) => list.filter((p) => p.key !== draft.key)) : undefined}
                products={productOptions}
                brands={brandOptions}
                choicesLoading={products.isPending || brands.isPending}
              />
            ))}
          </div>
        </Section>

        <div className="flex flex-col gap-y-3">
          <FormError error={create.error} />
          <div className="flex items-center justify-end gap-x-2">
            {create.isPending && (
              <Text size="small" role="status" className="text-ui-fg-subtle">
                {MU.creating}
              </Text>
            )}
            <Button size="small" variant="secondary" asChild>
              <Link to="/marketing">{MU.cancel}</Link>
            </Button>
            <Button size="small" type="submit" isLoading={create.isPending}>
              {MU.createCampaign}
            </Button>
          </div>
        </div>
      </form>
    </Page>
  )
}

export default NewCampaignPage
