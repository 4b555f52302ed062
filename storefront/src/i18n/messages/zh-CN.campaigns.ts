/** Campaign list, landing pages, live-session pages and banners (/{locale}/campaigns, /{locale}/live); the source shape for en.campaigns.ts. */
const campaigns = {}

export default campaigns
