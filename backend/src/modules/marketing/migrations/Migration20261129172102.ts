import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129172102 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "live_session" drop constraint if exists "live_session_handle_unique";`);
    this.addSql(`alter table if exists "campaign_page" drop constraint if exists "campaign_page_handle_unique";`);
    this.addSql(`alter table if exists "campaign_page" drop constraint if exists "campaign_page_campaign_id_unique";`);
    this.addSql(`alter table if exists "campaign_conversion" drop constraint if exists "campaign_conversion_kind_cart_id_campaign_page_id_unique";`);
    this.addSql(`create table if not exists "campaign_conversion" ("id" text not null, "kind" text check ("kind" in ('cart', 'order')) not null, "campaign_page_id" text not null, "visitor_id" text null, "cart_id" text not null, "order_id" text null, "attributed" boolean not null default true, "revenue" numeric not null default 0, "discount" numeric not null default 0, "currency_code" text not null default 'cny', "converted_at" timestamptz not null, "raw_revenue" jsonb not null default '{"value":"0","precision":20}', "raw_discount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "campaign_conversion_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_campaign_conversion_deleted_at" ON "campaign_conversion" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_campaign_conversion_campaign_page_id_converted_at" ON "campaign_conversion" ("campaign_page_id", "converted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_campaign_conversion_kind_cart_id_campaign_page_id_unique" ON "campaign_conversion" ("kind", "cart_id", "campaign_page_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "campaign_page" ("id" text not null, "campaign_id" text not null, "handle" text not null, "kind" text check ("kind" in ('expo', 'brand_week', 'county_showcase', 'live', 'roadshow')) not null, "title" text not null, "title_en" text null, "body" text null, "body_en" text null, "hero_image_url" text null, "share_image_url" text null, "featured_brand_ids" text[] not null default '{}', "featured_county_codes" text[] not null default '{}', "featured_product_ids" text[] not null default '{}', "exclusive" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "campaign_page_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_campaign_page_campaign_id_unique" ON "campaign_page" ("campaign_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_campaign_page_handle_unique" ON "campaign_page" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_campaign_page_deleted_at" ON "campaign_page" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "campaign_visit" ("id" text not null, "visitor_id" text not null, "campaign_page_id" text not null, "utm_source" text null, "utm_medium" text null, "utm_content" text null, "landing_path" text null, "visited_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "campaign_visit_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_campaign_visit_deleted_at" ON "campaign_visit" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_campaign_visit_visitor_id_visited_at" ON "campaign_visit" ("visitor_id", "visited_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_campaign_visit_campaign_page_id_visited_at" ON "campaign_visit" ("campaign_page_id", "visited_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "live_session" ("id" text not null, "handle" text not null, "title" text not null, "title_en" text null, "host" text not null, "stream_url" text not null, "replay_url" text null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "price_list_id" text null, "featured_product_ids" text[] not null default '{}', "campaign_page_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "live_session_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_live_session_handle_unique" ON "live_session" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_session_campaign_page_id" ON "live_session" ("campaign_page_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_session_deleted_at" ON "live_session" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "live_session" add constraint "live_session_campaign_page_id_foreign" foreign key ("campaign_page_id") references "campaign_page" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "live_session" drop constraint if exists "live_session_campaign_page_id_foreign";`);

    this.addSql(`drop table if exists "campaign_conversion" cascade;`);

    this.addSql(`drop table if exists "campaign_page" cascade;`);

    this.addSql(`drop table if exists "campaign_visit" cascade;`);

    this.addSql(`drop table if exists "live_session" cascade;`);
  }

}
