// The shopper address the end-to-end checkouts use, in the store API's shape (a cart's
// shipping_address). Plain .mjs so the Playwright helpers and the Node checkout driver share it;
// the same address as backend/integration-tests/utils/store.ts, which lives outside this package.
export const ANKANG_ADDRESS = {
  first_name: "张伟",
  last_name: "",
  phone: "13800138000",
  country_code: "cn",
  province: "陕西省",
  city: "安康市",
  address_2: "汉滨区",
  address_1: "兴安路 88 号 3 单元 501",
  postal_code: "725000",
}
