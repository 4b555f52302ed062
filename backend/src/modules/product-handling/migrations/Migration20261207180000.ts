import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207180000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_handling" add column if not exists "offline_at" timestamptz null, add column if not exists "offline_sales_channel_ids" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "product_handling" drop column if exists "offline_at", drop column if exists "offline_sales_channel_ids";`);
  }

}
