import { MedusaService } from "@medusajs/framework/utils"
import CampaignConversion from "./models/campaign-conversion"
import CampaignPage from "./models/campaign-page"
import CampaignVisit from "./models/campaign-visit"
import DiscountConsent from "./models/discount-consent"
import LiveSession from "./models/live-session"
import OrderLineFunding from "./models/order-line-funding"
import PriceFloor from "./models/price-floor"

export default class MarketingModuleService extends MedusaService({
  CampaignPage,
  LiveSession,
  CampaignVisit,
  CampaignConversion,
  DiscountConsent,
  PriceFloor,
  OrderLineFunding,
}) {}
