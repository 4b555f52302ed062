import { Button, Input, Text } from "@medusajs/ui"
import { Field, SelectField } from "./form"
import { CheckboxField, CheckList } from "./marketing-fields"
import type { PromotionInput, PromotionKind } from "../lib/marketing-api"
import { numberOrUndefined } from "../lib/marketing-format"
import { useMarketingLabels } from "../lib/marketing-labels"
import { fill, optionsOf } from "../lib/labels"

/** One promotion as typed: every number stays text until submit so nothing typed is lost or rounded. */
export interface PromotionDraft {
  key: number
  code: string
  automatic: boolean
  kind: PromotionKind | ""
  value: string
  usage_limit: string
  min_subtotal: string
  target_product_ids: string[]
  target_brand_ids: string[]
  buy_product_ids: string[]
  buy_quantity: string
  get_product_ids: string[]
  get_quantity: string
}

let nextKey = 1

export function emptyPromotion(): PromotionDraft {
  return {
    key: nextKey++,
    code: "",
    automatic: false,
    kind: "",
    value: "",
    usage_limit: "",
    min_subtotal: "",
    target_product_ids: [],
    target_brand_ids: [],
    buy_product_ids: [],
    buy_quantity: "1",
    get_product_ids: [],
    get_quantity: "1",
  }
}

/** The contract's promotion body: only the fields that belong to its kind, blanks left out. */
export function toPromotionInput(draft: PromotionDraft): PromotionInput {
  const kind = draft.kind as PromotionKind
  const input: PromotionInput = {
    code: draft.code.trim().toUpperCase(),
    automatic: draft.automatic,
    kind,
    usage_limit: numberOrUndefined(draft.usage_limit),
  }
  if (kind === "percentage" || kind === "fixed") {
    input.value = numberOrUndefined(draft.value)
    const target = {
      ...(draft.target_product_ids.length ? { product_ids: draft.target_product_ids } : {}),
      ...(draft.target_brand_ids.length ? { brand_ids: draft.target_brand_ids } : {}),
    }
    if (Object.keys(target).length) input.target = target
  }
  if (kind === "free_shipping") input.min_subtotal = numberOrUndefined(draft.min_subtotal)
  if (kind === "buy_get") {
    input.buy = { product_ids: draft.buy_product_ids, quantity: Number(draft.buy_quantity || 1) }
    input.get = { product_ids: draft.get_product_ids, quantity: Number(draft.get_quantity || 1) }
  }
  return input
}

type Options = { value: string; label: string }[]

/**
 * One promotion of a new campaign as a named group ("优惠 Promotion 1"), so tests and screen
 * readers can tell the blocks' identical field labels apart.
 */
export function PromotionFields({
  index,
  draft,
  onChange,
  onRemove,
  products,
  brands,
  choicesLoading,
}: {
  index: number
  draft: PromotionDraft
  onChange: (draft: PromotionDraft) => void
  onRemove?: () => void
  products: Options
  brands: Options
  choicesLoading: boolean
}) {
  const { PROMOTION_KIND, MF, MU } = useMarketingLabels()
  const id = `promotion-${draft.key}`
  const set = <K extends keyof PromotionDraft>(key: K) => (value: PromotionDraft[K]) => onChange({ ...draft, [key]: value })
  const legend = fill(MU.promotion, { n: index + 1 })
  return (
    <fieldset className="flex flex-col gap-y-4 rounded-lg border p-4" aria-label={legend}>
      <legend className="px-1">
        <Text size="small" weight="plus">
          {legend}
        </Text>
      </legend>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Field id={`${id}-code`} label={MF.code} hint="A–Z 0–9 _ -">
          <Input
            id={`${id}-code`}
            value={draft.code}
            onChange={(e) => set("code")(e.target.value.toUpperCase())}
            required
            autoComplete="off"
          />
        </Field>
        <Field id={`${id}-kind`} label={MF.promotion_kind}>
          <SelectField id={`${id}-kind`} value={draft.kind} onChange={(v) => set("kind")(v as PromotionKind)} options={optionsOf(PROMOTION_KIND)} />
        </Field>
      </div>
      <CheckboxField id={`${id}-automatic`} label={MF.automatic} checked={draft.automatic} onChange={set("automatic")} />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {(draft.kind === "percentage" || draft.kind === "fixed") && (
          <Field id={`${id}-value`} label={draft.kind === "percentage" ? MF.value_percentage : MF.value_fixed}>
            <Input id={`${id}-value`} type="number" min={0} step="any" value={draft.value} onChange={(e) => set("value")(e.target.value)} required />
          </Field>
        )}
        {draft.kind === "free_shipping" && (
          <Field id={`${id}-min`} label={MF.min_subtotal} optional>
            <Input id={`${id}-min`} type="number" min={0} step="any" value={draft.min_subtotal} onChange={(e) => set("min_subtotal")(e.target.value)} />
          </Field>
        )}
        <Field id={`${id}-limit`} label={MF.usage_limit} optional>
          <Input id={`${id}-limit`} type="number" min={1} step={1} value={draft.usage_limit} onChange={(e) => set("usage_limit")(e.target.value)} />
        </Field>
      </div>
      {(draft.kind === "percentage" || draft.kind === "fixed") && (
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <CheckList
            id={`${id}-target-products`}
            legend={MF.target_products}
            options={products}
            selected={draft.target_product_ids}
            onChange={set("target_product_ids")}
            loading={choicesLoading}
            hint={MU.targetsNone}
          />
          <CheckList
            id={`${id}-target-brands`}
            legend={MF.target_brands}
            options={brands}
            selected={draft.target_brand_ids}
            onChange={set("target_brand_ids")}
            loading={choicesLoading}
          />
        </div>
      )}
      {draft.kind === "buy_get" && (
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <div className="flex flex-col gap-y-2">
            <CheckList
              id={`${id}-buy`}
              legend={MF.buy_products}
              options={products}
              selected={draft.buy_product_ids}
              onChange={set("buy_product_ids")}
              loading={choicesLoading}
            />
            <Field id={`${id}-buy-qty`} label={MF.buy_quantity}>
              <Input id={`${id}-buy-qty`} type="number" min={1} step={1} value={draft.buy_quantity} onChange={(e) => set("buy_quantity")(e.target.value)} />
            </Field>
          </div>
          <div className="flex flex-col gap-y-2">
            <CheckList
              id={`${id}-get`}
              legend={MF.get_products}
              options={products}
              selected={draft.get_product_ids}
              onChange={set("get_product_ids")}
              loading={choicesLoading}
            />
            <Field id={`${id}-get-qty`} label={MF.get_quantity}>
              <Input id={`${id}-get-qty`} type="number" min={1} step={1} value={draft.get_quantity} onChange={(e) => set("get_quantity")(e.target.value)} />
            </Field>
          </div>
        </div>
      )}
      {onRemove && (
        <div>
          <Button size="small" variant="transparent" type="button" onClick={onRemove}>
            {MU.removePromotion}
          </Button>
        </div>
      )}
    </fieldset>
  )
}
