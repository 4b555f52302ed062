import { barHeights } from "@/lib/portal"

/**
 * A bar chart drawn as server-rendered SVG (no chart library, no script): one bar per day, each with
 * a tooltip title; the caller gives the accessible label and a table of the same figures.
 */
export function BarChart({
  label,
  bars,
  testId,
}: {
  label: string
  bars: { key: string; value: number; title: string; axis?: string }[]
  testId?: string
}) {
  const heights = barHeights(bars.map((b) => b.value))
  const width = 600
  const height = 160
  const axis = 18
  const slot = width / Math.max(1, bars.length)
  const barWidth = Math.max(2, slot * 0.7)
  return (
    <svg viewBox={`0 0 ${width} ${height + axis}`} role="img" aria-label={label} className="h-auto w-full" data-testid={testId}>
      <title>{label}</title>
      <line x1={0} x2={width} y1={height} y2={height} className="stroke-stone-300" strokeWidth={1} />
      {bars.map((bar, i) => {
        const h = ((heights[i] ?? 0) / 100) * (height - 4)
        const x = i * slot + (slot - barWidth) / 2
        return (
          <g key={bar.key}>
            <rect x={x} y={height - h} width={barWidth} height={h} rx={2} className="fill-brand-600" data-value={bar.value}>
              <title>{bar.title}</title>
            </rect>
            {bar.axis ? (
              <text x={x + barWidth / 2} y={height + 13} textAnchor="middle" className="fill-stone-600" fontSize={11}>
                {bar.axis}
              </text>
            ) : null}
          </g>
        )
      })}
    </svg>
  )
}
