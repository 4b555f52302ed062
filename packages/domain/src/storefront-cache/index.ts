export * from "./tags"
export * from "./revalidation"
