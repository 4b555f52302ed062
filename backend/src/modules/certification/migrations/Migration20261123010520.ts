import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123010520 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "certificate" drop constraint if exists "certificate_issuer_number_unique";`);
    this.addSql(`create table if not exists "certificate" ("id" text not null, "number" text not null, "issuer" text not null, "subject" text check ("subject" in ('product', 'enterprise', 'base')) not null, "standard_code" text not null, "category" text check ("category" in ('tea', 'rice', 'cereal', 'farm_product', 'food')) not null, "measured_mg_per_kg" real null, "test_lab" text null, "tested_on" timestamptz null, "valid_from" timestamptz not null, "valid_until" timestamptz not null, "revoked_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "certificate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_deleted_at" ON "certificate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_certificate_issuer_number_unique" ON "certificate" ("issuer", "number") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "certificate" cascade;`);
  }

}
