import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ExclamationCircle } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { DataList, Page, Section } from "../../components/display"
import { QueryState } from "../../components/states"
import { api, keys } from "../../lib/api"
import { formatDateTime } from "../../lib/format"
import { FIELD, NAV, UI } from "../../lib/labels"

const FlaggedSerialsPage = () => {
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
                { header: FIELD.serial, cell: (s) => <span className="font-mono">{s.serial}</span> },
                { header: FIELD.gtin, cell: (s) => <span className="font-mono">{s.batch?.gtin ?? "—"}</span> },
                {
                  header: FIELD.lot,
                  cell: (s) =>
                    s.batch ? (
                      <Link to={`/trace-batches/${s.batch.id}`} className="text-ui-fg-interactive font-mono hover:underline">
                        {s.batch.lot}
                      </Link>
                    ) : (
                      "—"
                    ),
                },
                { header: FIELD.flagged_at, cell: (s) => formatDateTime(s.flagged_at), className: "whitespace-nowrap" },
              ]}
            />
          )}
        </QueryState>
      </Section>
    </Page>
  )
}

export const config = defineRouteConfig({
  label: NAV.flaggedSerials,
  icon: ExclamationCircle,
  rank: 5,
})

export default FlaggedSerialsPage
