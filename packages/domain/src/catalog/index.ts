export * from "./vocabulary"
export * from "./rules"
export * from "./listing-sale"
export * from "./variant-gtin"
