import type { SeleniumFacts } from "@seleno/domain"
import type { Messages } from "@/i18n"
import { format } from "@/i18n"

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
        </dl>
      ) : (
        <p className="mt-2 text-sm">{t.noSeleniumData}</p>
      )}
      <p className="mt-3 text-xs text-stone-700">{t.seleniumNote}</p>
    </section>
  )
}
