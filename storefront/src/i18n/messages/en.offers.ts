import type zhCN from "./zh-CN.offers"

const offers: typeof zhCN = {
  price: {
    sessionLabel: "Live price",
    labelledWasNow: "{label}: was {was}, now {now}",
  },
  coupon: {
    label: "Coupon code",
    hint: "Have a campaign code? Enter it and choose Apply.",
    apply: "Apply",
    applying: "Applying…",
    appliedLabel: "Applied coupon codes",
    remove: "Remove",
    removeFor: "Remove {code}",
    empty: "Enter a coupon code.",
    applied: "Coupon code {code} applied.",
    removed: "Coupon code {code} removed.",
    notApplicable: "Coupon code {code} is valid but does not apply to the items in your cart.",
    reason: {
      unknown: "We could not find coupon code {code}. Please check the spelling.",
      not_started: "The campaign for coupon code {code} has not started yet. Please use it once it begins.",
      ended: "The campaign for coupon code {code} has ended.",
      used_up: "Coupon code {code} has reached its usage limit.",
      budget_spent: "The campaign budget for coupon code {code} has been used up.",
    },
    refused: "Coupon code {code} cannot be used for this cart.",
    errorGeneric: "Coupon codes cannot be applied right now. Please try again later.",
    errorRemove: "Coupon code {code} could not be removed. Please try again later.",
  },
}

export default offers
