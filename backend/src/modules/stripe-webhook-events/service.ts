import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import StripeWebhookEvent from "./models/stripe-webhook-event"

export default class StripeWebhookEventModuleService extends MedusaService({ StripeWebhookEvent }) {
  /**
   * Records a verified event; true the first time its id is seen, false for a redelivery or
   * replay. One insert that skips a conflict, so two simultaneous deliveries cannot both win.
   */
  @InjectManager()
  async recordFirstDelivery(
    event: { id: string; type: string; provider: string },
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<boolean> {
    const inserted = await sharedContext.manager!.execute(
      `insert into "stripe_webhook_event" ("id", "type", "provider") values (?, ?, ?) on conflict ("id") do nothing returning "id"`,
      [event.id, event.type, event.provider]
    )
    return inserted.length > 0
  }
}
