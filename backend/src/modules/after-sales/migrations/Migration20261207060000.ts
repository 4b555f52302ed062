import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** A shopper may withdraw a request still waiting for the enterprise: the status "withdrawn". */
export class Migration20261207060000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "after_sales_request" drop constraint if exists "after_sales_request_status_check";`)
    this.addSql(`alter table if exists "after_sales_request" add constraint "after_sales_request_status_check" check ("status" in ('requested', 'approved', 'refused', 'refunded', 'withdrawn'));`)
  }

  override async down(): Promise<void> {
    this.addSql(`update "after_sales_request" set "status" = 'refused', "refusal_reason" = coalesce("refusal_reason", 'withdrawn by the shopper') where "status" = 'withdrawn';`)
    this.addSql(`alter table if exists "after_sales_request" drop constraint if exists "after_sales_request_status_check";`)
    this.addSql(`alter table if exists "after_sales_request" add constraint "after_sales_request_status_check" check ("status" in ('requested', 'approved', 'refused', 'refunded'));`)
  }
}
