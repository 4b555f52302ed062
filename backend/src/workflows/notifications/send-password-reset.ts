import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { DEFAULT_LOCALE } from "@seleno/domain"

export interface PasswordResetInput {
  email: string
  token: string
  actorType: string
  storefrontUrl: string
  adminUrl: string
}

/** Sends the reset link: customers go to the storefront, admin users to the Medusa admin. */
export const sendPasswordResetWorkflow = createWorkflow("send-password-reset", (input: PasswordResetInput) => {
  const notifications = transform({ input }, ({ input }) => {
    const params = new URLSearchParams({ token: input.token, email: input.email })
    const url =
      input.actorType === "customer"
        ? `${input.storefrontUrl}/${DEFAULT_LOCALE}/account/reset-password?${params}`
        : `${input.adminUrl}/app/reset-password?${params}`
    return [
      {
        to: input.email,
        channel: "email",
        template: "password-reset",
        trigger_type: "auth.password_reset",
        resource_type: input.actorType,
        data: { url },
      },
    ]
  })
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
