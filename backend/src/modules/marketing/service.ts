import { MedusaService } from "@medusajs/framework/utils"
import CampaignConversion from "./models/campaign-conversion"
import CampaignPage from "./models/campaign-page"
import CampaignVisit from "./models/campaign-visit"
import LiveSession from "./models/live-session"

export default class MarketingModuleService extends MedusaService({ CampaignPage, LiveSession, CampaignVisit, CampaignConversion }) {}
