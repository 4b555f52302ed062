import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207210524 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "low_stock_threshold" drop constraint if exists "low_stock_threshold_variant_id_unique";`);
    this.addSql(`create table if not exists "low_stock_threshold" ("id" text not null, "variant_id" text not null, "enterprise_id" text not null, "threshold" integer not null, "alerted_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "low_stock_threshold_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_low_stock_threshold_deleted_at" ON "low_stock_threshold" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_low_stock_threshold_variant_id_unique" ON "low_stock_threshold" ("variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_low_stock_threshold_enterprise_id" ON "low_stock_threshold" ("enterprise_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "low_stock_threshold" cascade;`);
  }

}
