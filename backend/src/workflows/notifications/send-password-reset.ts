import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { passwordResetLink, type ResetLinkInput } from "../../lib/password-reset-link"
import { SMS_TEMPLATES, smsRecipient } from "../../lib/sms"

export type PasswordResetInput = ResetLinkInput & {
  /** Whether an SMS provider is registered (SMS_GATEWAY_URL): a customer with a phone also gets the link by SMS. */
  sms?: boolean
}

/** Sends the reset link: customers to the storefront, enterprises to the portal, staff to the admin. */
export const sendPasswordResetWorkflow = createWorkflow("send-password-reset", (input: PasswordResetInput) => {
  // The registered customer of that e-mail, for the phone number (only used for customers).
  const { data: customers } = useQueryGraphStep({
    entity: "customer",
    fields: ["id", "phone", "has_account"],
    filters: { email: input.email, has_account: true },
  })
  const notifications = transform({ input, customers }, ({ input, customers }) => {
    const url = passwordResetLink(input)
    const email = {
      to: input.email,
      channel: "email",
      template: "password-reset",
      trigger_type: "auth.password_reset",
      resource_type: input.actorType,
      data: { url },
    }
    const phone = input.sms && input.actorType === "customer" ? smsRecipient(customers[0]?.phone) : null
    const sms = phone
      ? [{ to: phone, channel: "sms", template: SMS_TEMPLATES.passwordReset, trigger_type: "auth.password_reset", resource_type: input.actorType, data: { url } }]
      : []
    return [email, ...sms]
  })
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
