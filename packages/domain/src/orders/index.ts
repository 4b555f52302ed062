export * from "./views"
export * from "./rules"
export * from "./fulfilment"
export * from "./export"
