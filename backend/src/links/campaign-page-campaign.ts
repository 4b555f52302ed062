import PromotionModule from "@medusajs/medusa/promotion"
import { defineLink } from "@medusajs/framework/utils"
import MarketingModule from "../modules/marketing"

/** Each Medusa promotion campaign has at most one landing page. */
export default defineLink(MarketingModule.linkable.campaignPage, PromotionModule.linkable.campaign)
