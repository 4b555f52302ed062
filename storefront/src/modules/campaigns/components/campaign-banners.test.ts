import type { ReactNode } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { beforeEach, describe, expect, it, vi } from "vitest"

vi.mock("server-only", () => ({}))
vi.mock("next/link", async () => {
  const { createElement } = await import("react")
  return { default: ({ href, children, ...rest }: { href: string; children: ReactNode }) => createElement("a", { href, ...rest }, children) }
})
const fetchMock = vi.fn()
vi.mock("@/lib/data/medusa", () => ({
  sdk: () => ({ client: { fetch: fetchMock } }),
  storeHeaders: () => ({}),
  cachedAs: () => ({}),
  isNotFoundError: (e: unknown) => (e as { status?: number }).status === 404,
}))

const { BrandCampaignBanners, HomeCampaignBanners } = await import("./campaign-banners")

const hoursFromNow = (n: number) => new Date(Date.now() + n * 3600_000).toISOString()
const campaign = (handle: string, starts: number, ends: number, brandIds: string[] = []) => ({
  handle,
  kind: "expo",
  name: `活动 ${handle}`,
  name_en: null,
  hero_image_url: null,
  starts_at: hoursFromNow(starts),
  ends_at: hoursFromNow(ends),
  phase: "running",
  featured_brands: brandIds.map((id) => ({ id, handle: `brand-${id}`, name: id, name_en: null })),
  live_sessions: [],
})
const session = (handle: string, starts: number, ends: number) => ({
  handle,
  title: `直播 ${handle}`,
  title_en: null,
  host: "主播",
  starts_at: hoursFromNow(starts),
  ends_at: hoursFromNow(ends),
  phase: "running",
  products: [],
})

function answer(campaigns: unknown[], sessions: unknown[]) {
  fetchMock.mockImplementation(async (path: string) => (path === "/store/campaigns" ? { campaigns } : { live_sessions: sessions }))
}

describe("campaign banners", () => {
  beforeEach(() => {
    fetchMock.mockReset()
  })

  it("render nothing when the campaign routes answer 404", async () => {
    fetchMock.mockRejectedValue(Object.assign(new Error("Not Found"), { status: 404 }))
    expect(renderToStaticMarkup(await HomeCampaignBanners({ locale: "zh-CN" }))).toBe("")
  })

  it("render nothing when the backend cannot be reached", async () => {
    fetchMock.mockImplementation(async () => {
      throw new Error("backend unreachable")
    })
    expect(renderToStaticMarkup(await HomeCampaignBanners({ locale: "zh-CN" }))).toBe("")
    expect(renderToStaticMarkup(await BrandCampaignBanners({ locale: "zh-CN", brand: { id: "b1", handle: "brand-b1" } }))).toBe("")
  })

  it("render nothing when there is nothing running", async () => {
    answer([campaign("later", 5, 50)], [session("later-live", 5, 6)])
    expect(renderToStaticMarkup(await HomeCampaignBanners({ locale: "zh-CN" }))).toBe("")
  })

  it("link a streaming session with 直播中 and the running campaigns, not the upcoming ones", async () => {
    answer([campaign("later", 5, 50), campaign("xibohui-2026", -2, 48)], [session("ziyang-tea-live", -1, 1), session("later-live", 5, 6)])
    const html = renderToStaticMarkup(await HomeCampaignBanners({ locale: "zh-CN" }))
    expect(html).toMatch(/<a href="\/zh-CN\/live\/ziyang-tea-live"[^>]*>.*直播中.*<\/a>/)
    expect(html).toContain('href="/zh-CN/campaigns/xibohui-2026"')
    expect(html).not.toContain("later")
  })

  it("show on a brand page only the running campaigns featuring that brand", async () => {
    answer([campaign("with-brand", -2, 48, ["b1"]), campaign("other-brand", -2, 48, ["b2"]), campaign("upcoming", 2, 48, ["b1"])], [])
    const html = renderToStaticMarkup(await BrandCampaignBanners({ locale: "en", brand: { id: "b1", handle: "brand-b1" } }))
    expect(html).toContain('href="/en/campaigns/with-brand"')
    expect(html).not.toContain("other-brand")
    expect(html).not.toContain("/en/campaigns/upcoming")
  })
})
