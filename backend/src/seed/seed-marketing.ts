import { createUserAccountWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { syncFundingTags } from "../lib/funding/brand-tags"
import { MARKETING_MODULE } from "../modules/marketing"
import type MarketingModuleService from "../modules/marketing/service"
import { createLiveSessionWorkflow } from "../workflows/marketing/create-live-session"
import { createMarketingCampaignWorkflow } from "../workflows/marketing/create-marketing-campaign"
import { campaignHeroSvg } from "./campaign-image"

/** Local-only demo marketing login (README); DEMO_MARKETING_PASSWORD overrides the password. */
export const DEMO_MARKETING = { email: "marketing@example.com", password: "seleno-marketing" }

export const DEMO_EXPO = {
  handle: "xibohui-2026",
  code: "XBH2026",
  liveHandle: "xibohui-ziyang-tea",
  featuredBrands: ["ankang-selenium-tea", "ankang-konjac"],
  featuredProducts: ["ziyang-maojian-green-tea", "pingli-nvwa-tea", "langao-konjac-flour", "ankang-konjac-rice"],
  liveProduct: "ziyang-maojian-green-tea",
}

const DAY = 24 * 60 * 60 * 1000

/**
 * The running 硒博会 expo campaign (a code, not an automatic discount, so seeded carts keep their
 * regular totals), an upcoming live session with a session price, and the demo marketing login.
 * Both are platform-funded. XBH2026 targets the regional brands, so through the brand tags it
 * reaches their county sub-brands (紫阳富硒茶, 岚皋魔芋) and every product featured on the page.
 * Dates are relative to when the seed runs, so a fresh install always has a running expo.
 */
export async function seedMarketing(container: MedusaContainer, now = new Date()): Promise<{ created: number }> {
  let created = 0
  if (await seedMarketingUser(container)) created += 1
  const marketing = container.resolve<MarketingModuleService>(MARKETING_MODULE)
  // The seed links products to brands directly (no event): mirror every product's brand lineage
  // and consent into its tags once, so brand-targeted codes reach sub-brands' products.
  await syncFundingTags(container)
  const [existing] = await marketing.listCampaignPages({ handle: DEMO_EXPO.handle }, { select: ["id"] })
  if (existing) return { created }

  const products = await productsByHandle(container, [...DEMO_EXPO.featuredProducts])
  const brands = await brandIdsByHandle(container, DEMO_EXPO.featuredBrands)
  const hero = await uploadHero(container)
  const { result } = await createMarketingCampaignWorkflow(container).run({
    input: {
      handle: DEMO_EXPO.handle,
      kind: "expo",
      name: "第七届硒博会 · 线上特惠",
      name_en: "7th Selenium Expo online specials",
      body: "安康已成功举办六届硒博会。本届线上特惠汇集安康富硒茶与安康魔芋：下单时输入优惠码 XBH2026，富硒茶与魔芋享 9 折。\n紫阳富硒茶直播专场同期开播，直播期间茶叶享直播价。",
      body_en:
        "Ankang has held the Selenium Expo six times. This year's online specials bring together Ankang selenium-rich tea and Ankang konjac: enter code XBH2026 at checkout for 10% off tea and konjac.\nThe Ziyang tea live session runs alongside, with session prices while it is live.",
      hero_image_url: hero,
      share_image_url: hero,
      starts_at: new Date(now.getTime() - DAY).toISOString(),
      ends_at: new Date(now.getTime() + 30 * DAY).toISOString(),
      budget: { type: "spend", limit: 5000 },
      // The platform pays the expo discount: enterprises are settled at their list prices.
      funding_source: "platform",
      featured_brand_ids: brands,
      featured_county_codes: ["ziyang", "langao"],
      featured_product_ids: products.map((p) => p.id),
      promotions: [{ code: DEMO_EXPO.code, kind: "percentage", value: 10, target: { brand_ids: brands }, usage_limit: 1000 }],
    },
  })
  created += 1

  const tea = products.find((p) => p.handle === DEMO_EXPO.liveProduct)
  const variant = tea?.variants[0]
  if (variant?.price) {
    const starts = new Date(now.getTime() + 2 * DAY)
    await createLiveSessionWorkflow(container).run({
      input: {
        campaign_id: result.id,
        handle: DEMO_EXPO.liveHandle,
        title: "紫阳富硒茶直播专场",
        title_en: "Ziyang selenium-rich tea live",
        host: "陈紫阳（紫阳富硒茶业）",
        stream_url: "https://live.example.com/seleno/ziyang-tea",
        starts_at: starts.toISOString(),
        ends_at: new Date(starts.getTime() + 2 * 60 * 60 * 1000).toISOString(),
        prices: [{ variant_id: variant.id, amount: Math.round(variant.price * 0.85) }],
        funding_source: "platform",
      },
    })
    created += 1
  }
  return { created }
}

function demoPassword(env: NodeJS.ProcessEnv = process.env): string {
  return env.DEMO_MARKETING_PASSWORD || DEMO_MARKETING.password
}

async function seedMarketingUser(container: MedusaContainer): Promise<boolean> {
  const { email } = DEMO_MARKETING
  const [existing] = await container.resolve(Modules.USER).listUsers({ email })
  if (existing) return false
  const { authIdentity, error } = await container.resolve(Modules.AUTH).register("emailpass", { body: { email, password: demoPassword() } })
  if (!authIdentity) throw new Error(`Could not register the demo marketing login ${email}: ${error}`)
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, userData: { email, first_name: "营销", last_name: "演示", metadata: { role: "marketing" } } },
  })
  return true
}

interface SeedProduct {
  id: string
  handle: string
  variants: { id: string; price?: number }[]
}

async function productsByHandle(container: MedusaContainer, handles: string[]): Promise<SeedProduct[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "variants.id", "variants.prices.amount", "variants.prices.currency_code"],
    filters: { handle: handles },
  })
  type Row = { id: string; handle: string; variants?: { id: string; prices?: { amount: number; currency_code: string }[] }[] }
  return (data as Row[]).map((p) => ({
    id: p.id,
    handle: p.handle,
    variants: (p.variants ?? []).map((v) => ({ id: v.id, price: Number(v.prices?.find((price) => price.currency_code === "cny")?.amount ?? 0) || undefined })),
  }))
}

async function brandIdsByHandle(container: MedusaContainer, handles: string[]): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "brand", fields: ["id", "handle"], filters: { handle: handles } })
  return data.map((b: { id: string }) => b.id)
}

async function uploadHero(container: MedusaContainer): Promise<string> {
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: [
        {
          filename: `${DEMO_EXPO.handle}-hero.svg`,
          mimeType: "image/svg+xml",
          content: Buffer.from(campaignHeroSvg({ title: "第七届硒博会", subtitle: "Selenium Expo · 线上特惠", colour: "#2f6b3f" })).toString("base64"),
          access: "public" as const,
        },
      ],
    },
  })
  const [file] = result
  if (!file) throw new Error("The campaign hero image was not stored")
  return file.url
}
