import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206193001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "part_invoice" ("id" text not null, "order_id" text not null, "enterprise_id" text not null, "type" text check ("type" in ('personal', 'company')) not null, "title" text not null, "taxpayer_id" text null, "status" text check ("status" in ('requested', 'issued')) not null default 'requested', "file_id" text null, "file_name" text null, "issued_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "part_invoice_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_part_invoice_deleted_at" ON "part_invoice" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_part_invoice_order_id_enterprise_id_unique" ON "part_invoice" ("order_id", "enterprise_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_part_invoice_enterprise_id_status" ON "part_invoice" ("enterprise_id", "status") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "part_invoice" cascade;`)
  }
}
