// Where the end-to-end suite runs its own stack: ports of its own (not npm start's 8000/9000), so
// `npm test` runs beside a running `npm start`, and two checkouts can run their suites side by side.
export const E2E_STOREFRONT_PORT = Number(process.env.E2E_STOREFRONT_PORT || 8100)
export const E2E_BACKEND_PORT = Number(process.env.E2E_BACKEND_PORT || 9100)
export const E2E_STRIPE_CONTROL_PORT = Number(process.env.E2E_STRIPE_CONTROL_PORT || 9113)
export const E2E_STOREFRONT_URL = `http://localhost:${E2E_STOREFRONT_PORT}`
export const E2E_BACKEND_URL = `http://localhost:${E2E_BACKEND_PORT}`
