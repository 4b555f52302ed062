import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Text } from "@medusajs/ui"
import type { AdminEnterpriseListingView, ListingStatus } from "@seleno/domain"
import { LISTING_STATUSES } from "@seleno/domain/src/catalog/admin-listings"
import { countyOptions, placeName } from "@seleno/domain/src/regions"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { DataList, Section, StatusBadge } from "../components/display"
import { SelectField } from "../components/form"
import { QueryState } from "../components/states"
import { api, isForbidden, keys } from "../lib/api"
import { useLabels } from "../lib/labels"
import { sdk } from "../lib/sdk"

type Filters = { enterprise_id: string; county: string; status: ListingStatus | "" }

const listListings = (filters: Filters) =>
  sdk.client.fetch<{ listings: AdminEnterpriseListingView[]; count: number }>("/admin/enterprise-listings", {
    query: Object.fromEntries(Object.entries(filters).filter(([, v]) => v)),
  })

/** Product list, top: enterprises' listings with the enterprise that sells each, filtered (waiting ones first by default). */
const EnterpriseListingsWidget = () => {
  const { c, lang } = useLabels()
  const L = c.listings
  const [filters, setFilters] = useState<Filters>({ enterprise_id: "", county: "", status: "proposed" })
  const set = (key: keyof Filters) => (value: string) => setFilters((f) => ({ ...f, [key]: value }))
  const enterprises = useQuery({ queryKey: keys.enterprises, queryFn: api.listEnterprises })
  const query = useQuery({ queryKey: ["seleno", "enterprise-listings", filters], queryFn: () => listListings(filters), retry: (count, error) => !isForbidden(error) && count < 2 })
  // Marketing staff read Medusa's product list but not enterprises: the list is platform staff's only.
  if (isForbidden(query.error) || isForbidden(enterprises.error)) return null
  return (
    <Section
      title={L.title}
      actions={
        <>
          <div className="w-48">
            <SelectField
              id="listings-enterprise"
              value={filters.enterprise_id}
              onChange={set("enterprise_id")}
              allowNone
              placeholder={L.anyEnterprise}
              options={(enterprises.data?.enterprises ?? []).map((e) => ({ value: e.id, label: e.name }))}
            />
          </div>
          <div className="w-40">
            <SelectField id="listings-county" value={filters.county} onChange={set("county")} allowNone placeholder={L.anyCounty} options={countyOptions(null, lang)} />
          </div>
          <div className="w-36">
            <SelectField
              id="listings-status"
              value={filters.status}
              onChange={set("status")}
              allowNone
              placeholder={L.anyStatus}
              options={LISTING_STATUSES.map((s) => ({ value: s, label: L.statuses[s] }))}
            />
          </div>
        </>
      }
    >
      <div className="px-6 py-3">
        <Text size="small" className="text-ui-fg-subtle">
          {L.intro}
        </Text>
      </div>
      <QueryState query={query} isEmpty={(d) => d.listings.length === 0} empty={L.empty}>
        {({ listings }) => (
          <DataList
            label={L.title}
            rows={listings}
            rowKey={(r) => r.product.id}
            columns={[
              {
                header: L.product,
                cell: (r) => (
                  <Link to={`/products/${r.product.id}`} className="text-ui-fg-interactive hover:underline">
                    {r.product.title}
                  </Link>
                ),
              },
              {
                header: L.enterprise,
                cell: (r) => (
                  <Link to={`/enterprises/${r.enterprise.id}`} className="text-ui-fg-interactive hover:underline">
                    {r.enterprise.name}
                  </Link>
                ),
              },
              { header: L.county, cell: (r) => placeName(r.enterprise.county, lang) },
              { header: L.status, cell: (r) => <StatusBadge status={r.product.status} labels={L.statuses} /> },
            ]}
          />
        )}
      </QueryState>
    </Section>
  )
}

export const config = defineWidgetConfig({ zone: "product.list.before" })

export default EnterpriseListingsWidget
