import Link from "next/link"

/**
 * One brand authorization in force, seen from either side: on an enterprise page it names the
 * brand, on a brand page the enterprise. Labels arrive already in the page's language.
 */
export function AuthorizationItem({
  href,
  name,
  place,
  categories,
  validUntil,
}: {
  href: string
  name: string
  /** Where the holder is (a county), shown after the name when given. */
  place?: string
  /** "授权品类: 茶叶" — empty when the authorization lists no category. */
  categories: string | null
  /** "有效期至 2027年12月31日". */
  validUntil: string | null
}) {
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-4 text-sm">
      <Link href={href} className="link font-semibold">
        {name}
      </Link>
      {place ? <span className="text-stone-700"> · {place}</span> : null}
      {categories ? <span className="text-stone-700"> · {categories}</span> : null}
      {validUntil ? <span className="text-stone-700"> · {validUntil}</span> : null}
    </li>
  )
}
