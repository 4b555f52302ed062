import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Issue 20: a cart credit names the visit that claimed it, so reports count carts through their
 * visits (day, source, medium). Existing cart credits get the visit first touch would have chosen:
 * the visitor's earliest visit to that campaign in the 7 days (ATTRIBUTION_WINDOW_DAYS) before the cart. (The snapshot was
 * brought up to date with the models of Migration20261206193000, written by hand, at the same time.)
 */
export class Migration20261207211816 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "campaign_conversion" add column if not exists "campaign_visit_id" text null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_campaign_conversion_campaign_visit_id" ON "campaign_conversion" ("campaign_visit_id") WHERE deleted_at IS NULL;`);
    this.addSql(`update "campaign_conversion" c set "campaign_visit_id" = (
      select v."id" from "campaign_visit" v
       where v."deleted_at" is null and v."visitor_id" = c."visitor_id" and v."campaign_page_id" = c."campaign_page_id"
         and v."visited_at" <= c."converted_at" and v."visited_at" >= c."converted_at" - interval '7 days'
       order by v."visited_at" asc limit 1)
     where c."kind" = 'cart' and c."attributed" and c."campaign_visit_id" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_campaign_conversion_campaign_visit_id";`);
    this.addSql(`alter table if exists "campaign_conversion" drop column if exists "campaign_visit_id";`);
  }

}
