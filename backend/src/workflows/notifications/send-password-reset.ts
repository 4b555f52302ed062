import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { passwordResetLink, type ResetLinkInput } from "../../lib/password-reset-link"

export type PasswordResetInput = ResetLinkInput

/** Sends the reset link: customers to the storefront, enterprises to the portal, staff to the admin. */
export const sendPasswordResetWorkflow = createWorkflow("send-password-reset", (input: PasswordResetInput) => {
  const notifications = transform({ input }, ({ input }) => {
    const url = passwordResetLink(input)
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
