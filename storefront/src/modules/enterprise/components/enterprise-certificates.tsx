import type { StorefrontLocale } from "@seleno/domain"
import Link from "next/link"
import { getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import type { EnterpriseDetail } from "@/lib/data/enterprises"
import { CertificateDetails } from "@/modules/trace/components/certification"

/** The certificates an enterprise holds, each with what it certifies and its status today. */
export function EnterpriseCertificates({ certificates, locale }: { certificates: EnterpriseDetail["certificates"]; locale: StorefrontLocale }) {
  const messages = getMessages(locale)
  const te = messages.enterprise
  return (
    <section aria-labelledby="enterprise-certificates">
      <h2 id="enterprise-certificates" className="text-xl font-bold text-stone-900">
        {te.certificates}
      </h2>
      {certificates.length ? (
        <ul className="mt-3 grid gap-3 md:grid-cols-2">
          {certificates.map((certificate) => (
            <li key={`${certificate.issuer}|${certificate.number}`} className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
              <p className="text-sm">
                <span className="text-stone-700">{te.certificateFor}: </span>
                {certificate.product ? (
                  <Link href={localePath(locale, `/products/${certificate.product.handle}`)} className="link font-semibold">
                    {certificate.product.title}
                  </Link>
                ) : (
                  <span className="font-semibold">{te.certificateSubject[certificate.subject]}</span>
                )}
              </p>
              <CertificateDetails certificate={certificate} locale={locale} showValidFrom />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-stone-700">{te.noCertificates}</p>
      )}
    </section>
  )
}
