"use client"

import { useActionState } from "react"
import type { PortalFormState } from "@/lib/actions/portal-guard"
import { addVariantAction, createProductAction, submitProductAction, updateProductAction, updateVariantAction } from "@/lib/actions/portal-products"
import { CategoryChecklist, Fieldset, FormStatus, PortalFile, PortalSelect, PortalText, PortalTextArea } from "./fields"

const INITIAL: PortalFormState = { status: "idle" }

export interface ProductFormLabels {
  sectionBasics: string
  sectionBrand: string
  titleZh: string
  titleEn: string
  descriptionZh: string
  descriptionEn: string
  brand: string
  brandNone: string
  brandHint: string
  noBrands: string
  categories: string
  images: string
  imagesHint: string
  errorImageSize: string
  currentImages: string
  imageAlt: string
  selenium: string
  serving: string
  firstVariant: string
  variantTitle: string
  variantTitleHint: string
  sku: string
  gtin: string
  gtinHint: string
  price: string
  priceHint: string
  stock: string
  addVariantNote: string
  sectionShipping: string
  temperatureClass: string
  temperatureClassHint: string
  temperatureOptions: { value: string; label: string }[]
  perishable: string
  submit: string
}

export interface ProductDefaults {
  id: string
  title: string
  title_en: string
  description: string
  description_en: string
  brand_id: string
  categories: string[]
  selenium_mg_per_kg: string
  serving_g: string
  images: string[]
}

/** The listing form: new (with its first variant) when `product` is absent, otherwise editing it. */
export function ProductForm({
  locale,
  labels,
  brands,
  categories,
  product,
}: {
  locale: string
  labels: ProductFormLabels
  brands: { value: string; label: string }[]
  categories: { handle: string; name: string }[]
  product?: ProductDefaults
}) {
  const [state, action, pending] = useActionState(product ? updateProductAction : createProductAction, INITIAL)
  const f = product ? "product-edit" : "product-new"
  const chosen = new Set((state.values?.categories ?? product?.categories.join(",") ?? "").split(",").filter(Boolean))
  const categoryError = state.fieldErrors?.categories
  const d = (name: keyof ProductDefaults) => (product ? String(product[name] ?? "") : undefined)
  return (
    <form action={action} noValidate className="space-y-6" aria-label={labels.submit}>
      <input type="hidden" name="locale" value={locale} />
      {product ? <input type="hidden" name="product_id" value={product.id} /> : null}
      <Fieldset legend={labels.sectionBasics}>
        <PortalText form={f} name="title" label={labels.titleZh} state={state} defaultValue={d("title")} />
        <PortalText form={f} name="title_en" label={labels.titleEn} state={state} required={false} defaultValue={d("title_en")} />
        <PortalTextArea form={f} name="description" label={labels.descriptionZh} state={state} defaultValue={d("description")} />
        <PortalTextArea form={f} name="description_en" label={labels.descriptionEn} state={state} defaultValue={d("description_en")} />
      </Fieldset>
      <Fieldset legend={labels.sectionBrand}>
        {brands.length === 0 ? <p className="text-sm text-stone-700">{labels.noBrands}</p> : null}
        <PortalSelect form={f} name="brand_id" label={labels.brand} hint={labels.brandHint} placeholder={labels.brandNone} options={brands} state={state} defaultValue={d("brand_id")} />
        <CategoryChecklist form={f} name="categories" legend={labels.categories} categories={categories} chosen={chosen} error={categoryError} at={state.at} />
        <PortalText form={f} name="selenium_mg_per_kg" label={labels.selenium} inputMode="text" state={state} required={false} defaultValue={d("selenium_mg_per_kg")} />
        <PortalText form={f} name="serving_g" label={labels.serving} inputMode="numeric" state={state} required={false} defaultValue={d("serving_g")} />
      </Fieldset>
      <Fieldset legend={labels.images}>
        {product?.images.length ? (
          <fieldset>
            <legend className="field-label">{labels.currentImages}</legend>
            <div className="flex flex-wrap gap-3">
              {product.images.map((url, i) => (
                <label key={url} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name="keep_images" value={url} defaultChecked className="h-5 w-5" />
                  <img src={url} alt={labels.imageAlt.replace("{index}", String(i + 1))} className="h-16 w-16 rounded object-cover" />
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}
        <PortalFile form={f} name="images" label={labels.images} hint={labels.imagesHint} accept="image/jpeg,image/png,image/webp" multiple tooLarge={labels.errorImageSize} state={state} />
      </Fieldset>
      {product ? null : (
        <Fieldset legend={labels.sectionShipping}>
          <PortalSelect
            form={f}
            name="temperature_class"
            label={labels.temperatureClass}
            hint={labels.temperatureClassHint}
            options={labels.temperatureOptions}
            state={state}
            defaultValue={state.values?.temperature_class ?? "ambient"}
          />
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input type="checkbox" name="perishable" defaultChecked={state.values?.perishable === "on"} className="h-5 w-5" />
            {labels.perishable}
          </label>
        </Fieldset>
      )}
      {product ? null : (
        <Fieldset legend={labels.firstVariant}>
          <p className="text-sm text-stone-700">{labels.addVariantNote}</p>
          <PortalText form={f} name="variant_title" label={labels.variantTitle} hint={labels.variantTitleHint} state={state} />
          <PortalText form={f} name="sku" label={labels.sku} state={state} required={false} />
          <PortalText form={f} name="gtin" label={labels.gtin} hint={labels.gtinHint} inputMode="numeric" state={state} required={false} />
          <PortalText form={f} name="price" label={labels.price} hint={labels.priceHint} inputMode="text" state={state} />
          <PortalText form={f} name="stock" label={labels.stock} inputMode="numeric" state={state} />
        </Fieldset>
      )}
      <FormStatus state={state} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  )
}

/** Price, stock and GTIN of one variant, in a row of the variants table. */
export function VariantForm({
  locale,
  productId,
  variant,
  labels,
}: {
  locale: string
  productId: string
  variant: { id: string; title: string; price: string; stock: string; gtin: string }
  labels: { price: string; stock: string; gtin: string; save: string; saveFor: string }
}) {
  const [state, action, pending] = useActionState(updateVariantAction, INITIAL)
  const f = `variant-${variant.id}`
  return (
    <form action={action} noValidate className="flex flex-wrap items-start gap-3" aria-label={labels.saveFor} data-testid="variant-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="product_id" value={productId} />
      <input type="hidden" name="variant_id" value={variant.id} />
      <input type="hidden" name="variant_title" value={variant.title} />
      <input type="hidden" name="current_gtin" value={variant.gtin} />
      <div className="w-32">
        <PortalText form={f} name="price" label={labels.price} inputMode="text" state={state} defaultValue={variant.price} />
      </div>
      <div className="w-28">
        <PortalText form={f} name="stock" label={labels.stock} inputMode="numeric" state={state} defaultValue={variant.stock} />
      </div>
      <div className="w-48">
        <PortalText form={f} name="gtin" label={labels.gtin} inputMode="numeric" state={state} defaultValue={variant.gtin} />
      </div>
      <div className="pt-6">
        <button type="submit" className="btn-secondary" disabled={pending}>
          {labels.save}
        </button>
      </div>
      <div className="basis-full">
        <FormStatus state={state} />
      </div>
    </form>
  )
}

export interface AddVariantLabels {
  legend: string
  hint: string
  variantTitle: string
  variantTitleHint: string
  variantTitleEn: string
  sku: string
  gtin: string
  gtinHint: string
  price: string
  priceHint: string
  stock: string
  submit: string
}

/** A new variant of the listing; once added it shows in the list above and the form is empty again. */
export function AddVariantForm({ locale, productId, labels }: { locale: string; productId: string; labels: AddVariantLabels }) {
  const [state, action, pending] = useActionState(addVariantAction, INITIAL)
  const f = "variant-add"
  return (
    <form action={action} noValidate className="space-y-4" aria-label={labels.submit} data-testid="add-variant-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="product_id" value={productId} />
      <Fieldset legend={labels.legend}>
        <p className="text-sm text-stone-700">{labels.hint}</p>
        <PortalText form={f} name="title" label={labels.variantTitle} hint={labels.variantTitleHint} state={state} />
        <PortalText form={f} name="title_en" label={labels.variantTitleEn} state={state} required={false} />
        <PortalText form={f} name="sku" label={labels.sku} state={state} required={false} />
        <PortalText form={f} name="gtin" label={labels.gtin} hint={labels.gtinHint} inputMode="numeric" state={state} required={false} />
        <PortalText form={f} name="price" label={labels.price} hint={labels.priceHint} inputMode="text" state={state} />
        <PortalText form={f} name="stock" label={labels.stock} inputMode="numeric" state={state} />
      </Fieldset>
      <FormStatus state={state} />
      <button type="submit" className="btn-secondary" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  )
}

export function SubmitForReviewForm({ locale, productId, labels }: { locale: string; productId: string; labels: { submit: string; hint: string } }) {
  const [state, action, pending] = useActionState(submitProductAction, INITIAL)
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="product_id" value={productId} />
      <p className="text-sm text-stone-700">{labels.hint}</p>
      <FormStatus state={state} />
      <button type="submit" className="btn-primary" disabled={pending || state.status === "ok"}>
        {labels.submit}
      </button>
    </form>
  )
}
