import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206160941 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "standard_range" drop constraint if exists "standard_range_standard_id_category_unique";`);
    this.addSql(`alter table if exists "selenium_standard" drop constraint if exists "selenium_standard_code_unique";`);
    this.addSql(`alter table if exists "issuer" drop constraint if exists "issuer_name_unique";`);
    this.addSql(`create table if not exists "issuer" ("id" text not null, "name" text not null, "cma_number" text null, "cnas_number" text null, "scope_categories" text[] not null, "scope_standard_codes" text[] not null, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "issuer_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_issuer_deleted_at" ON "issuer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_issuer_name_unique" ON "issuer" ("name") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "selenium_standard" ("id" text not null, "code" text not null, "edition" text not null, "name_zh" text not null, "name_en" text not null, "source" text not null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "selenium_standard_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_selenium_standard_deleted_at" ON "selenium_standard" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_selenium_standard_code_unique" ON "selenium_standard" ("code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "standard_range" ("id" text not null, "category" text check ("category" in ('tea', 'rice', 'cereal', 'grain_product', 'edible_oil', 'condiment', 'farm_product')) not null, "min_mg_per_kg" real not null, "max_mg_per_kg" real null, "containing_min_mg_per_kg" real null, "containing_max_mg_per_kg" real null, "standard_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "standard_range_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_standard_range_standard_id" ON "standard_range" ("standard_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_standard_range_deleted_at" ON "standard_range" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_standard_range_standard_id_category_unique" ON "standard_range" ("standard_id", "category") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "standard_range" add constraint "standard_range_standard_id_foreign" foreign key ("standard_id") references "selenium_standard" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "certificate" drop constraint if exists "certificate_category_check";`);
    // "food" under DB61/T 556-2018 was an invented range (>= 0.01 mg/kg for any food). Certificates
    // filed under it cannot be mapped to a real category without guessing, so they are revoked and
    // kept, under farm_product, for the record.
    this.addSql(`update "certificate" set "category" = 'farm_product', "revoked_at" = coalesce("revoked_at", now()), "review_note" = coalesce("review_note", 'Revoked: filed under category "food", which no standard defines') where "category" = 'food';`);

    this.addSql(`alter table if exists "certificate" add column if not exists "issued_by_id" text null;`);
    this.addSql(`alter table if exists "certificate" add constraint "certificate_issued_by_id_foreign" foreign key ("issued_by_id") references "issuer" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table if exists "certificate" add constraint "certificate_category_check" check("category" in ('tea', 'rice', 'cereal', 'grain_product', 'edible_oil', 'condiment', 'farm_product'));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_issued_by_id" ON "certificate" ("issued_by_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "certificate" drop constraint if exists "certificate_issued_by_id_foreign";`);

    this.addSql(`alter table if exists "standard_range" drop constraint if exists "standard_range_standard_id_foreign";`);

    this.addSql(`drop table if exists "issuer" cascade;`);

    this.addSql(`drop table if exists "selenium_standard" cascade;`);

    this.addSql(`drop table if exists "standard_range" cascade;`);

    this.addSql(`alter table if exists "certificate" drop constraint if exists "certificate_category_check";`);
    this.addSql(`update "certificate" set "category" = 'food' where "category" in ('grain_product', 'edible_oil', 'condiment');`);

    this.addSql(`drop index if exists "IDX_certificate_issued_by_id";`);
    this.addSql(`alter table if exists "certificate" drop column if exists "issued_by_id";`);

    this.addSql(`alter table if exists "certificate" add constraint "certificate_category_check" check("category" in ('tea', 'rice', 'cereal', 'farm_product', 'food'));`);
  }

}
