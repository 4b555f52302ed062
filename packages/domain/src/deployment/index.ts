export * from "./rules"
export * from "./example-env"
