import { SELENIUM_INTAKE_UG_PER_DAY, type SeleniumFacts } from "@seleno/domain"
import type { Messages } from "@/i18n"
import { format } from "@/i18n"

const intake = SELENIUM_INTAKE_UG_PER_DAY

function shareOf(ug: number, reference: number): number {
  return Math.round((ug / reference) * 1000) / 10
}

/**
 * One serving on a 0–400 µg/day scale: the suitable 60–250 band is shaded and the marker shows the
 * serving. Decorative; the numbers are in the list above.
 */
function IntakeScale({ ugPerServing }: { ugPerServing: number }) {
  const pct = (ug: number) => `${Math.min(100, (ug / intake.highestSafe) * 100)}%`
  return (
    <div aria-hidden="true" className="relative mt-3 h-2 rounded-full bg-stone-200">
      <div
        className="absolute inset-y-0 rounded-full bg-brand-100 ring-1 ring-brand-600"
        style={{ left: pct(intake.suitableLower), width: `calc(${pct(intake.suitableUpper)} - ${pct(intake.suitableLower)})` }}
      />
      <div className="absolute -top-1 h-4 w-1 rounded bg-brand-800" style={{ left: pct(ugPerServing) }} />
    </div>
  )
}

export function SeleniumFactsPanel({ facts, t }: { facts: SeleniumFacts | null; t: Messages["product"] }) {
  return (
    <section aria-labelledby="selenium-title" className="rounded-lg border border-brand-100 bg-brand-50 p-4">
      <h2 id="selenium-title" className="font-semibold text-brand-800">
        {t.seleniumTitle}
      </h2>
      {facts ? (
        <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
          <dt>{t.seleniumContent}</dt>
          <dd className="text-right font-semibold" data-testid="selenium-mg-per-kg">
            {format(t.seleniumContentValue, { value: facts.mgPerKg })}
          </dd>
          <dt>{format(t.perServing, { grams: facts.servingGrams })}</dt>
          <dd className="text-right font-semibold" data-testid="selenium-per-serving">
            {format(t.perServingValue, { value: facts.ugPerServing })}
          </dd>
          <dt>{t.share}</dt>
          <dd className="text-right font-semibold" data-testid="selenium-share">
            {format(t.shareValue, { value: facts.shareOfReferencePct })}
          </dd>
          <dt>{t.suitableRange}</dt>
          <dd className="text-right" data-testid="selenium-suitable-range">
            {format(t.suitableRangeValue, { lower: intake.suitableLower, upper: intake.suitableUpper })}
          </dd>
          <dt>{t.upperLevel}</dt>
          <dd className="text-right">{format(t.upperLevelValue, { value: intake.highestSafe })}</dd>
          <dt>{t.shareOfUpper}</dt>
          <dd className="text-right" data-testid="selenium-share-of-upper">
            {format(t.shareValue, { value: shareOf(facts.ugPerServing, intake.highestSafe) })}
          </dd>
        </dl>
      ) : null}
      {facts ? <IntakeScale ugPerServing={facts.ugPerServing} /> : null}
      {facts && facts.ugPerServing > 0 && facts.ugPerServing * 10 >= intake.highestSafe ? (
        <p className="mt-2 text-sm font-medium text-amber-900">
          {format(t.servingsToUpper, {
            servings: Math.floor(intake.highestSafe / facts.ugPerServing),
            upper: intake.highestSafe,
          })}
        </p>
      ) : null}
      {facts ? null : (
        <p className="mt-2 text-sm">{t.noSeleniumData}</p>
      )}
      <p className="mt-3 text-xs text-stone-700">{t.seleniumNote}</p>
    </section>
  )
}
