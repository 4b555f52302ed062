import { Text } from "@medusajs/ui"
import type { AdminCampaign, AttributionDay } from "../lib/marketing-api"
import { formatBudgetAmount, formatYuan, useMarketingLabels } from "../lib/marketing-labels"
import { fill } from "../lib/labels"

/**
 * Small charts drawn as inline SVG: no chart library and nothing fetched. Each chart is one image
 * with a text alternative; the numbers themselves are in the table next to it.
 */

const BLUE = "#3b82f6"
const GREEN = "#10b981"
const ORANGE = "#f59e0b"
const RED = "#ef4444"
const GRID = "#e5e7eb"
const MUTED = "#9ca3af"

/** A horizontal progress bar: used against limit, red once the limit is reached. */
export function BudgetBar({ used, limit, label }: { used: number; limit: number; label: string }) {
  const ratio = limit > 0 ? Math.min(1, Math.max(0, used / limit)) : 0
  const colour = ratio >= 1 ? RED : ratio >= 0.8 ? ORANGE : GREEN
  return (
    <svg role="img" aria-label={label} viewBox="0 0 100 6" preserveAspectRatio="none" className="h-3 w-full rounded">
      <title>{label}</title>
      <rect x="0" y="0" width="100" height="6" rx="1.5" fill={GRID} />
      <rect x="0" y="0" width={ratio * 100} height="6" rx="1.5" fill={colour} />
    </svg>
  )
}

const WIDTH = 640
const HEIGHT = 140
const PAD_LEFT = 36
const PAD_BOTTOM = 18
const PAD_TOP = 8

/** A round upper bound for an axis (1, 2, 5 × 10ⁿ) so the top tick is a readable number. */
function niceMax(value: number): number {
  if (value <= 0) return 1
  const power = 10 ** Math.floor(Math.log10(value))
  const steps = [1, 2, 5, 10]
  return (steps.find((s) => s * power >= value) ?? 10) * power
}

function Axis({ max, format }: { max: number; format: (n: number) => string }) {
  const plotHeight = HEIGHT - PAD_BOTTOM - PAD_TOP
  return (
    <g>
      {[0, 0.5, 1].map((t) => {
        const y = PAD_TOP + plotHeight * (1 - t)
        return (
          <g key={t}>
            <line x1={PAD_LEFT} x2={WIDTH} y1={y} y2={y} stroke={GRID} strokeWidth="1" />
            <text x={PAD_LEFT - 4} y={y + 3} textAnchor="end" fontSize="9" fill={MUTED}>
              {format(max * t)}
            </text>
          </g>
        )
      })}
    </g>
  )
}

/** Day labels under the plot: first, last and a few in between, so they never overlap. */
function DayLabels({ days, x }: { days: string[]; x: (i: number) => number }) {
  const every = Math.max(1, Math.ceil(days.length / 6))
  return (
    <g>
      {days.map((day, i) =>
        i % every === 0 || i === days.length - 1 ? (
          <text key={day} x={x(i)} y={HEIGHT - 4} textAnchor="middle" fontSize="9" fill={MUTED}>
            {day.slice(5)}
          </text>
        ) : null,
      )}
    </g>
  )
}

function Legend({ items }: { items: { colour: string; label: string; dashed?: boolean }[] }) {
  return (
    <div className="flex flex-wrap gap-x-4 gap-y-1" aria-hidden="true">
      {items.map((item) => (
        <span key={item.label} className="inline-flex items-center gap-1">
          <svg width="14" height="8">
            <line x1="0" x2="14" y1="4" y2="4" stroke={item.colour} strokeWidth="4" strokeDasharray={item.dashed ? "3 2" : undefined} />
          </svg>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {item.label}
          </Text>
        </span>
      ))}
    </div>
  )
}

/** Daily visits and orders as paired bars, each series on the same scale. */
export function DailyVisitsOrdersChart({
  days,
  label,
  visitsLabel,
  ordersLabel,
}: {
  days: AttributionDay[]
  label: string
  visitsLabel: string
  ordersLabel: string
}) {
  const max = niceMax(Math.max(0, ...days.map((d) => Math.max(d.visits, d.orders))))
  const plotWidth = WIDTH - PAD_LEFT
  const plotHeight = HEIGHT - PAD_BOTTOM - PAD_TOP
  const slot = plotWidth / Math.max(1, days.length)
  const bar = Math.max(1, Math.min(12, slot * 0.38))
  const x = (i: number) => PAD_LEFT + slot * i + slot / 2
  const h = (value: number) => (value / max) * plotHeight
  const summary = `${label}: ${days.reduce((s, d) => s + d.visits, 0)} ${visitsLabel}, ${days.reduce((s, d) => s + d.orders, 0)} ${ordersLabel}`
  return (
    <figure className="flex flex-col gap-y-2">
      <svg role="img" aria-label={summary} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full">
        <title>{summary}</title>
        <Axis max={max} format={(n) => String(Math.round(n))} />
        {days.map((day, i) => (
          <g key={day.date}>
            <rect x={x(i) - bar} y={PAD_TOP + plotHeight - h(day.visits)} width={bar} height={h(day.visits)} fill={BLUE}>
              <title>{`${day.date} ${visitsLabel}: ${day.visits}`}</title>
            </rect>
            <rect x={x(i)} y={PAD_TOP + plotHeight - h(day.orders)} width={bar} height={h(day.orders)} fill={GREEN}>
              <title>{`${day.date} ${ordersLabel}: ${day.orders}`}</title>
            </rect>
          </g>
        ))}
        <DayLabels days={days.map((d) => d.date)} x={x} />
      </svg>
      <figcaption>
        <Legend
          items={[
            { colour: BLUE, label: visitsLabel },
            { colour: GREEN, label: ordersLabel },
          ]}
        />
      </figcaption>
    </figure>
  )
}

/**
 * Discount spent: daily bars and the running total as a line, against the spend budget as a
 * dashed line when the campaign has one.
 */
export function DiscountBudgetChart({
  days,
  budgetLimit,
  label,
  dailyLabel,
  cumulativeLabel,
  budgetLabel,
}: {
  days: AttributionDay[]
  budgetLimit: number | null
  label: string
  dailyLabel: string
  cumulativeLabel: string
  budgetLabel: string
}) {
  let running = 0
  const cumulative = days.map((d) => (running += d.discount))
  const max = niceMax(Math.max(0, budgetLimit ?? 0, ...cumulative))
  const plotWidth = WIDTH - PAD_LEFT
  const plotHeight = HEIGHT - PAD_BOTTOM - PAD_TOP
  const slot = plotWidth / Math.max(1, days.length)
  const bar = Math.max(1, Math.min(16, slot * 0.6))
  const x = (i: number) => PAD_LEFT + slot * i + slot / 2
  const y = (value: number) => PAD_TOP + plotHeight - (value / max) * plotHeight
  const spent = cumulative[cumulative.length - 1] ?? 0
  const summary = `${label}: ${formatYuan(spent)}${budgetLimit !== null ? ` / ${formatYuan(budgetLimit)}` : ""}`
  const line = cumulative.map((v, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ")
  return (
    <figure className="flex flex-col gap-y-2">
      <svg role="img" aria-label={summary} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full">
        <title>{summary}</title>
        <Axis max={max} format={(n) => `¥${Math.round(n)}`} />
        {days.map((day, i) => (
          <rect key={day.date} x={x(i) - bar / 2} y={y(day.discount)} width={bar} height={PAD_TOP + plotHeight - y(day.discount)} fill={ORANGE} opacity="0.6">
            <title>{`${day.date} ${dailyLabel}: ${formatYuan(day.discount)}`}</title>
          </rect>
        ))}
        {days.length > 0 && <path d={line} fill="none" stroke={ORANGE} strokeWidth="2" />}
        {budgetLimit !== null && (
          <line x1={PAD_LEFT} x2={WIDTH} y1={y(budgetLimit)} y2={y(budgetLimit)} stroke={RED} strokeWidth="1.5" strokeDasharray="6 4">
            <title>{`${budgetLabel}: ${formatYuan(budgetLimit)}`}</title>
          </line>
        )}
        <DayLabels days={days.map((d) => d.date)} x={x} />
      </svg>
      <figcaption>
        <Legend
          items={[
            { colour: ORANGE, label: dailyLabel },
            { colour: ORANGE, label: cumulativeLabel },
            ...(budgetLimit !== null ? [{ colour: RED, label: budgetLabel, dashed: true }] : []),
          ]}
        />
      </figcaption>
    </figure>
  )
}

/** A campaign's budget as "used / limit" with a bar, or "no budget". */
export function BudgetSummary({ budget }: { budget: AdminCampaign["budget"] }) {
  const { MU, MC } = useMarketingLabels()
  if (!budget) return <>{MU.noBudget}</>
  const text = fill(MU.budgetUsed, { used: formatBudgetAmount(budget.type, budget.used), limit: formatBudgetAmount(budget.type, budget.limit) })
  return (
    <div className="flex min-w-[10rem] flex-col gap-y-1">
      <span>{text}</span>
      <BudgetBar used={budget.used} limit={budget.limit} label={`${MC.budget}: ${text}`} />
    </div>
  )
}
