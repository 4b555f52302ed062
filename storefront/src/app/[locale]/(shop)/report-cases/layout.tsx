// Personal or query-driven pages: rendered for each request (the catalogue data they read is
// still served from the shared fetch cache). Declared, because the locale layout lets pages be
// cached and a page that turned dynamic only at run time would fail.
export const dynamic = "force-dynamic"

export default function DynamicSection({ children }: LayoutProps<"/[locale]/report-cases">) {
  return children
}
