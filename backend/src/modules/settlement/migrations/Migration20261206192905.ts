import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206192905 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "settlement_entry" drop constraint if exists "settlement_entry_source_key_unique";`);
    this.addSql(`alter table if exists "settlement_statement" drop constraint if exists "settlement_statement_enterprise_id_period_from_unique";`);
    this.addSql(`create table if not exists "settlement_statement" ("id" text not null, "enterprise_id" text not null, "period_from" text not null, "period_to" text not null, "status" text check ("status" in ('closed', 'paid')) not null default 'closed', "commission_bps" integer not null, "orders" integer not null, "captured_fen" integer not null, "items_fen" integer not null, "refund_fen" integer not null, "shipping_fen" integer not null, "addback_fen" integer not null, "gross_fen" integer not null, "commission_fen" integer not null, "payout_fen" integer not null, "closed_at" timestamptz not null, "closed_by" text not null, "paid_at" timestamptz null, "paid_by" text null, "payout_reference" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "settlement_statement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_statement_deleted_at" ON "settlement_statement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_settlement_statement_enterprise_id_period_from_unique" ON "settlement_statement" ("enterprise_id", "period_from") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "settlement_entry" ("id" text not null, "source_key" text not null, "kind" text check ("kind" in ('capture', 'refund')) not null, "enterprise_id" text not null, "order_id" text not null, "occurred_at" timestamptz not null, "items_fen" integer not null default 0, "shipping_fen" integer not null default 0, "addback_fen" integer not null default 0, "refund_fen" integer not null default 0, "payment_id" text null, "capture_id" text null, "fulfillment_id" text null, "return_id" text null, "statement_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "settlement_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_settlement_entry_source_key_unique" ON "settlement_entry" ("source_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_entry_statement_id" ON "settlement_entry" ("statement_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_entry_deleted_at" ON "settlement_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_entry_enterprise_id_occurred_at" ON "settlement_entry" ("enterprise_id", "occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_entry_order_id" ON "settlement_entry" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "settlement_entry" add constraint "settlement_entry_statement_id_foreign" foreign key ("statement_id") references "settlement_statement" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "settlement_entry" drop constraint if exists "settlement_entry_statement_id_foreign";`);

    this.addSql(`drop table if exists "settlement_statement" cascade;`);

    this.addSql(`drop table if exists "settlement_entry" cascade;`);
  }

}
