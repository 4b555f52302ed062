import Medusa from "@medusajs/js-sdk"

/** The admin's client for our own admin routes; the dashboard's login session authenticates it. */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})
