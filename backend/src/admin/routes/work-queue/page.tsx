import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BellAlert } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import type { WorkQueuesView } from "@seleno/domain"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { DataList, Page, Section } from "../../components/display"
import { QueryState } from "../../components/states"
import { authorizationRequestApi, authorizationRequestKeys } from "../../lib/authorization-requests"
import { useLabels } from "../../lib/labels"

/** Where each queue is worked in the admin. */
const QUEUE_PAGES: Record<keyof WorkQueuesView, string> = {
  applications: "/enterprises",
  listings: "/products",
  certificates: "/certificates",
  authorization_requests: "/brand-authorization-requests",
  profile_changes: "/enterprise-profile-changes",
  report_cases: "/report-cases",
}

/**
 * What waits for platform staff, one row per queue with its count and a link. Medusa's route
 * config has no badge for menu entries (medusajs/medusa discussion #14867), so the counts live
 * here, at the top of the menu, refreshed every minute.
 */
const WorkQueuePage = () => {
  const { c } = useLabels()
  const L = c.workQueue
  const query = useQuery({ queryKey: authorizationRequestKeys.workQueues, queryFn: authorizationRequestApi.workQueues, refetchInterval: 60_000 })
  return (
    <Page>
      <Section title={L.title} level="h1">
        <div className="px-6 py-3">
          <Text size="small" className="text-ui-fg-subtle">
            {L.intro}
          </Text>
        </div>
        <QueryState query={query}>
          {(counts) => (
            <DataList
              label={L.title}
              rows={(Object.keys(QUEUE_PAGES) as (keyof WorkQueuesView)[]).map((queue) => ({ queue, count: counts[queue] }))}
              rowKey={(r) => r.queue}
              columns={[
                { header: L.title, cell: (r) => L[r.queue] },
                { header: "#", cell: (r) => <span className={r.count > 0 ? "font-medium text-ui-fg-base" : "text-ui-fg-muted"}>{r.count}</span> },
                {
                  header: L.open,
                  cell: (r) => (
                    <Link to={QUEUE_PAGES[r.queue]} className="text-ui-fg-interactive hover:underline">
                      {L.open}
                    </Link>
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

export const config = defineRouteConfig({ label: "workQueue.nav", translationNs: "seleno", icon: BellAlert, rank: 0 })

export default WorkQueuePage
