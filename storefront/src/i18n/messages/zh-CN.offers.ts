/** Campaign prices (was/now), the cart's coupon field and its messages; the source shape for en.offers.ts. */
const offers = {}

export default offers
