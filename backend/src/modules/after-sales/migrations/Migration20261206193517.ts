import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206193517 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "after_sales_request" ("id" text not null, "order_id" text not null, "enterprise_id" text not null, "customer_id" text not null, "kind" text check ("kind" in ('return_refund', 'quality_claim')) not null, "reason" text check ("reason" in ('no_reason', 'wrong_item', 'not_as_described', 'damaged', 'spoiled', 'quality_defect')) not null, "note" text null, "status" text check ("status" in ('requested', 'approved', 'refused', 'refunded')) not null default 'requested', "items" jsonb not null, "refund_fen" integer not null, "photo_file_ids" jsonb not null, "refusal_reason" text null, "return_id" text null, "refund_ids" jsonb null, "decided_by" text null, "decided_at" timestamptz null, "refunded_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "after_sales_request_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_after_sales_request_deleted_at" ON "after_sales_request" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_after_sales_request_order_id_enterprise_id" ON "after_sales_request" ("order_id", "enterprise_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_after_sales_request_enterprise_id_status_created_at" ON "after_sales_request" ("enterprise_id", "status", "created_at") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "part_delivery" ("id" text not null, "order_id" text not null, "enterprise_id" text not null, "delivered_at" timestamptz not null, "confirmed_by" text check ("confirmed_by" in ('customer', 'auto')) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "part_delivery_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_part_delivery_deleted_at" ON "part_delivery" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_part_delivery_order_id_enterprise_id_unique" ON "part_delivery" ("order_id", "enterprise_id") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "after_sales_request" cascade;`)
    this.addSql(`drop table if exists "part_delivery" cascade;`)
  }
}
