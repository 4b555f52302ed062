import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReceiptPercent } from "@medusajs/icons"
import { Button, StatusBadge } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { DataList, Page, Section } from "../../components/display"
import { BudgetSummary } from "../../components/marketing-charts"
import { QueryState } from "../../components/states"
import { formatDateTime } from "../../lib/format"
import { marketingApi, marketingKeys } from "../../lib/marketing-api"
import { PHASE_COLOR, useMarketingLabels } from "../../lib/marketing-labels"

const CampaignsPage = () => {
  const { CAMPAIGN_KIND, CAMPAIGN_PHASE, MU, MC } = useMarketingLabels()
  const query = useQuery({ queryKey: marketingKeys.campaigns, queryFn: marketingApi.listCampaigns })
  return (
    <Page>
      <Section
        title={MU.listTitle}
        level="h1"
        actions={
          <>
            <Button size="small" variant="secondary" asChild>
              <Link to="/marketing/dashboard">{MU.dashboard}</Link>
            </Button>
            <Button size="small" variant="primary" asChild>
              <Link to="/marketing/new">{MU.newCampaign}</Link>
            </Button>
          </>
        }
      >
        <QueryState query={query} isEmpty={(d) => d.campaigns.length === 0} empty={MU.listEmpty}>
          {({ campaigns }) => (
            <DataList
              label={MU.listTitle}
              rows={campaigns}
              rowKey={(c) => c.id}
              columns={[
                {
                  header: MC.name,
                  cell: (c) => (
                    <Link to={`/marketing/${c.id}`} className="text-ui-fg-interactive hover:underline">
                      {c.name}
                    </Link>
                  ),
                },
                { header: MC.kind, cell: (c) => CAMPAIGN_KIND[c.kind] ?? c.kind },
                {
                  header: MC.dates,
                  cell: (c) => (
                    <span className="whitespace-nowrap">
                      {formatDateTime(c.starts_at)} – {formatDateTime(c.ends_at)}
                    </span>
                  ),
                },
                {
                  header: MC.phase,
                  cell: (c) => <StatusBadge color={PHASE_COLOR[c.phase] ?? "grey"}>{CAMPAIGN_PHASE[c.phase] ?? c.phase}</StatusBadge>,
                },
                { header: MC.budget, cell: (c) => <BudgetSummary budget={c.budget} /> },
                {
                  header: MC.codes,
                  cell: (c) => (c.promotions.length ? c.promotions.map((p) => p.code).join(", ") : "—"),
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
  label: "marketingUi.nav",
  translationNs: "seleno",
  icon: ReceiptPercent,
  rank: 6,
})

export default CampaignsPage
