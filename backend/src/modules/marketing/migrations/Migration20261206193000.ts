import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** Issue 17: who funds a discount, enterprise consent, price floors and the per-line funding snapshot. */
export class Migration20261206193000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "campaign_page" add column if not exists "funding_source" text check ("funding_source" in ('platform', 'enterprise')) not null default 'platform';`);
    this.addSql(`alter table if exists "live_session" add column if not exists "funding_source" text check ("funding_source" in ('platform', 'enterprise')) not null default 'platform';`);

    this.addSql(`create table if not exists "discount_consent" ("id" text not null, "enterprise_id" text not null, "accepts_enterprise_funded" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "discount_consent_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_discount_consent_enterprise_id_unique" ON "discount_consent" ("enterprise_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_discount_consent_deleted_at" ON "discount_consent" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "price_floor" ("id" text not null, "enterprise_id" text not null, "variant_id" text not null, "amount" numeric not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "price_floor_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_price_floor_enterprise_id" ON "price_floor" ("enterprise_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_price_floor_variant_id_unique" ON "price_floor" ("variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_price_floor_deleted_at" ON "price_floor" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "order_line_funding" ("id" text not null, "order_id" text not null, "item_id" text not null, "variant_id" text null, "quantity" integer not null, "unit_price_fen" integer not null, "list_unit_price_fen" integer null, "live_session_id" text null, "live_funding" text null, "platform_live_fen" integer not null default 0, "platform_promotion_fen" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_line_funding_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_line_funding_order_id" ON "order_line_funding" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_line_funding_item_id_unique" ON "order_line_funding" ("item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_line_funding_deleted_at" ON "order_line_funding" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "order_line_funding" cascade;`);
    this.addSql(`drop table if exists "price_floor" cascade;`);
    this.addSql(`drop table if exists "discount_consent" cascade;`);
    this.addSql(`alter table if exists "live_session" drop column if exists "funding_source";`);
    this.addSql(`alter table if exists "campaign_page" drop column if exists "funding_source";`);
  }

}
