import type { StorefrontLocale } from "@seleno/domain"
import { getMessages } from "@/i18n"

export async function DashboardTemplate({ locale }: { locale: StorefrontLocale }) {
  const t = getMessages(locale).portal.dashboard
  return <h1 className="text-2xl font-bold text-stone-900">{t.title}</h1>
}
