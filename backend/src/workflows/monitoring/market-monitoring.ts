import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assembleMonitoringReport } from "@seleno/domain"
import { getProductCertificationsWorkflow } from "../certification/get-product-certifications"
import { gatherMonitoringFactsStep } from "./steps/gather-monitoring-facts"
import { loadProductCountiesStep } from "./steps/load-product-counties"

export interface MarketMonitoringInput {
  /** China calendar days of the range, both included. */
  from: string
  to: string
  /** [start, end) instants of the range, ISO. */
  start: string
  end: string
  region: string | null
  /** ISO instant the report is made at (decides the year's coverage target). */
  now: string
}

/**
 * 市场可监测: per county, active enterprises, published and certified products, trace coverage,
 * paid sales, scans and open cases, with the headline shares. The badge is decided by the
 * certification workflow, the counting by @seleno/domain's rules; the steps only read.
 */
export const marketMonitoringWorkflow = createWorkflow("market-monitoring", (input: MarketMonitoringInput) => {
  const products = loadProductCountiesStep()
  const certifications = getProductCertificationsWorkflow.runAsStep({
    input: transform({ products }, ({ products }) => ({ productIds: products.published_ids })),
  })
  const gathered = gatherMonitoringFactsStep(
    transform({ input, products }, ({ input, products }) => ({ start: input.start, end: input.end, counties: products.counties }))
  )
  const report = transform({ input, products, certifications, gathered }, ({ input, products, certifications, gathered }) => {
    // The certification workflow answers for products published now; anything else is not certified.
    const certified = new Set(certifications.filter((c) => c.certified).map((c) => c.product_id))
    const traced = new Set(gathered.traced_product_ids)
    return assembleMonitoringReport({
      from: input.from,
      to: input.to,
      region: input.region,
      now: new Date(input.now),
      published: products.published_ids.map((id) => ({ id, county: products.counties[id] ?? null, certified: certified.has(id), traced: traced.has(id) })),
      product_counties: products.counties,
      enterprise_counties: gathered.enterprise_counties,
      orders: gathered.orders,
      scans: gathered.scans,
      open_cases: gathered.open_cases,
    })
  })
  return new WorkflowResponse(report)
})
