import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { SmtpNotificationService } from "./service"

/** E-mail over SMTP (nodemailer) on the `email` channel; registered when SMTP_HOST is set. */
export default ModuleProvider(Modules.NOTIFICATION, { services: [SmtpNotificationService] })
