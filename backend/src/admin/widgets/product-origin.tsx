import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState, type FormEvent } from "react"
import { Link } from "react-router-dom"
import { DetailList, Section } from "../components/display"
import { Field, FormError, SelectField } from "../components/form"
import { QueryState } from "../components/states"
import { api, keys, type ProductOrigin } from "../lib/api"
import { formatDay } from "../lib/format"
import { labelOf, useLabels } from "../lib/labels"

function Certification({ certification }: { certification: ProductOrigin["certification"] }) {
  const { UI, FIELD, CERTIFICATION_REASON } = useLabels()
  const certificate = certification?.certificate
  return (
    <div className="flex flex-col gap-y-1">
      <div>
        <Badge size="2xsmall" color={certification?.certified ? "green" : "grey"}>
          {certification?.certified ? UI.certified : UI.notCertified}
        </Badge>
      </div>
      {certification?.reason && certification.reason !== "certified" && (
        <span className="text-ui-fg-subtle">{labelOf(CERTIFICATION_REASON, certification.reason)}</span>
      )}
      {certificate?.number && (
        <span className="text-ui-fg-subtle">
          <Link to="/certificates" className="text-ui-fg-interactive font-mono hover:underline">
            {certificate.number}
          </Link>
          {certificate.valid_until && ` · ${FIELD.valid_until} ${formatDay(certificate.valid_until)}`}
        </span>
      )}
    </div>
  )
}

function OriginForm({ productId, origin }: { productId: string; origin: ProductOrigin }) {
  const { UI, FIELD, BRAND_LEVEL } = useLabels()
  const [brandId, setBrandId] = useState(origin.brand?.id ?? "")
  const [enterpriseId, setEnterpriseId] = useState(origin.enterprise?.id ?? "")
  const brands = useQuery({ queryKey: keys.brands, queryFn: api.listBrands })
  const enterprises = useQuery({ queryKey: keys.enterprises, queryFn: api.listEnterprises })
  const queryClient = useQueryClient()
  const save = useMutation({
    mutationFn: () => api.setOrigin(productId, { brand_id: brandId || null, enterprise_id: enterpriseId || null }),
    onSuccess: (data) => {
      queryClient.setQueryData(keys.origin(productId), data)
      toast.success(UI.saved)
    },
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    save.mutate()
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-3 px-6 py-4" aria-label={UI.setOrigin}>
      <Field id="origin-brand" label={FIELD.brand}>
        <SelectField
          id="origin-brand"
          value={brandId}
          onChange={setBrandId}
          allowNone
          disabled={!brands.data}
          placeholder={brands.isPending ? UI.loading : undefined}
          options={(brands.data?.brands ?? []).map((b) => ({ value: b.id, label: `${b.name} · ${labelOf(BRAND_LEVEL, b.level)}` }))}
        />
      </Field>
      <Field id="origin-enterprise" label={FIELD.enterprise}>
        <SelectField
          id="origin-enterprise"
          value={enterpriseId}
          onChange={setEnterpriseId}
          allowNone
          disabled={!enterprises.data}
          placeholder={enterprises.isPending ? UI.loading : undefined}
          options={(enterprises.data?.enterprises ?? []).map((e) => ({ value: e.id, label: e.name }))}
        />
      </Field>
      <FormError error={save.error ?? brands.error ?? enterprises.error} />
      <div className="flex justify-end">
        <Button size="small" variant="secondary" type="submit" isLoading={save.isPending}>
          {UI.setOrigin}
        </Button>
      </div>
    </form>
  )
}

/** Product page, side column: the product's brand, enterprise and 富硒认证 status, and a form to set them. */
const ProductOriginWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { UI, FIELD, BRAND_LEVEL } = useLabels()
  const query = useQuery({ queryKey: keys.origin(product.id), queryFn: () => api.getOrigin(product.id) })
  return (
    <Section title={UI.originTitle}>
      <QueryState query={query}>
        {({ origin }) => (
          <>
            <DetailList
              items={[
                [FIELD.brand, origin.brand ? `${origin.brand.name} · ${labelOf(BRAND_LEVEL, origin.brand.level)}` : UI.noBrand],
                [
                  FIELD.enterprise,
                  origin.enterprise ? (
                    <Link to={`/enterprises/${origin.enterprise.id}`} className="text-ui-fg-interactive hover:underline">
                      {origin.enterprise.name}
                    </Link>
                  ) : (
                    UI.noEnterprise
                  ),
                ],
                [FIELD.certification, <Certification certification={origin.certification} />],
              ]}
            />
            {/* Keyed by the saved origin so the selects start from it again after a save. */}
            <OriginForm key={`${origin.brand?.id ?? ""}:${origin.enterprise?.id ?? ""}`} productId={product.id} origin={origin} />
          </>
        )}
      </QueryState>
    </Section>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductOriginWidget
