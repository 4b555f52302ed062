import { byStorePhase, toAdminLiveSession, toStoreLiveSession, type LiveSessionRow } from "../live-session-view"
import type { LiveSessionPrice } from "../live-session-prices"

const row: LiveSessionRow = {
  id: "live_1",
  handle: "ziyang-live",
  title: "紫阳富硒茶直播",
  title_en: null,
  host: "李主播",
  stream_url: "https://live.example.cn/ziyang",
  replay_url: "https://live.example.cn/ziyang/replay",
  starts_at: new Date("2026-11-29T12:00:00Z"),
  ends_at: new Date("2026-11-29T14:00:00Z"),
  price_list_id: "plist_1",
  campaign_page: { id: "cpage_1", handle: "live-week", title: "直播周" },
}
const prices: LiveSessionPrice[] = [
  { variant_id: "variant_b", product_id: "prod_2", amount: 30, original_amount: 40 },
  { variant_id: "variant_a", product_id: "prod_1", amount: 88.5, original_amount: 128 },
]

describe("toStoreLiveSession", () => {
  it("shows the stream only while the session runs", () => {
    const running = toStoreLiveSession(row, prices, new Date("2026-11-29T13:00:00Z"))
    expect(running).toMatchObject({ phase: "running", stream_url: row.stream_url, replay_url: null, campaign_handle: "live-week" })
    const upcoming = toStoreLiveSession(row, prices, new Date("2026-11-29T11:59:59Z"))
    expect(upcoming).toMatchObject({ phase: "upcoming", stream_url: null, replay_url: null })
  })

  it("offers the replay once the session has ended, and no stream", () => {
    const ended = toStoreLiveSession(row, prices, new Date("2026-11-29T14:00:00Z"))
    expect(ended).toMatchObject({ phase: "ended", stream_url: null, replay_url: row.replay_url })
    expect(toStoreLiveSession({ ...row, replay_url: null }, prices, new Date("2026-11-30T00:00:00Z")).replay_url).toBeNull()
  })

  it("has exactly the contract's fields, dates as ISO strings and products in a stable order", () => {
    const view = toStoreLiveSession(row, prices, new Date("2026-11-29T13:00:00Z"))
    expect(Object.keys(view).sort()).toEqual(
      ["campaign_handle", "ends_at", "handle", "host", "phase", "products", "replay_url", "starts_at", "stream_url", "title", "title_en"].sort()
    )
    expect(view.starts_at).toBe("2026-11-29T12:00:00.000Z")
    expect(view.products.map((p) => p.variant_id)).toEqual(["variant_a", "variant_b"])
    expect(view.products[0]).toEqual({ product_id: "prod_1", variant_id: "variant_a", amount: 88.5, original_amount: 128 })
  })

  it("shows the session price as the original when the variant has lost its regular price, never nothing", () => {
    const view = toStoreLiveSession(row, [{ variant_id: "variant_c", product_id: "prod_3", amount: 20, original_amount: null }], new Date("2026-11-29T13:00:00Z"))
    expect(view.products).toEqual([{ product_id: "prod_3", variant_id: "variant_c", amount: 20, original_amount: 20 }])
    expect(toAdminLiveSession(row, [{ variant_id: "variant_c", product_id: "prod_3", amount: 20, original_amount: null }]).prices[0]?.original_amount).toBeNull()
  })
})

describe("toAdminLiveSession", () => {
  it("keeps both links whatever the phase and names the campaign by its page", () => {
    const view = toAdminLiveSession(row, prices, new Date("2026-11-29T15:00:00Z"))
    expect(view).toMatchObject({
      id: "live_1",
      phase: "ended",
      stream_url: row.stream_url,
      replay_url: row.replay_url,
      price_list_id: "plist_1",
      campaign: { id: "cpage_1", handle: "live-week", name: "直播周" },
    })
  })
})

describe("byStorePhase", () => {
  it("puts running sessions first, then upcoming ones by start", () => {
    const now = new Date("2026-11-29T13:00:00Z")
    const at = (handle: string, starts: string, ends: string) =>
      toStoreLiveSession({ ...row, handle, starts_at: new Date(starts), ends_at: new Date(ends) }, [], now)
    const sessions = [
      at("later", "2026-11-30T12:00:00Z", "2026-11-30T13:00:00Z"),
      at("soon", "2026-11-29T14:00:00Z", "2026-11-29T15:00:00Z"),
      at("now-late-start", "2026-11-29T12:30:00Z", "2026-11-29T16:00:00Z"),
      at("now", "2026-11-29T10:00:00Z", "2026-11-29T20:00:00Z"),
    ]
    expect(sessions.sort(byStorePhase).map((s) => s.handle)).toEqual(["now", "now-late-start", "soon", "later"])
  })
})
