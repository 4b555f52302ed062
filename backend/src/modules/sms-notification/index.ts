import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import SmsGatewayNotificationService from "./service"

/** SMS on the `sms` channel through an HTTP gateway; registered in medusa-config only when SMS_GATEWAY_URL is set. */
export default ModuleProvider(Modules.NOTIFICATION, { services: [SmsGatewayNotificationService] })
