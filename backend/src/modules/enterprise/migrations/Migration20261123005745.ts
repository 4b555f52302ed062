import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123005745 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "enterprise" drop constraint if exists "enterprise_credit_code_unique";`);
    this.addSql(`alter table if exists "enterprise" drop constraint if exists "enterprise_handle_unique";`);
    this.addSql(`create table if not exists "enterprise" ("id" text not null, "handle" text not null, "name" text not null, "description" text null, "credit_code" text not null, "kind" text check ("kind" in ('company', 'cooperative', 'family_farm')) not null, "county" text not null, "contact_name" text null, "contact_phone" text null, "status" text check ("status" in ('pending', 'active', 'suspended')) not null default 'pending', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "enterprise_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_enterprise_handle_unique" ON "enterprise" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_enterprise_credit_code_unique" ON "enterprise" ("credit_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_enterprise_deleted_at" ON "enterprise" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "brand_authorization" ("id" text not null, "category_handles" text[] not null default '{}', "valid_from" timestamptz not null, "valid_until" timestamptz not null, "revoked_at" timestamptz null, "enterprise_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "brand_authorization_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_brand_authorization_enterprise_id" ON "brand_authorization" ("enterprise_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_brand_authorization_deleted_at" ON "brand_authorization" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "enterprise_base" ("id" text not null, "name" text not null, "county" text not null, "location" text null, "area_mu" integer null, "enterprise_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "enterprise_base_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_enterprise_base_enterprise_id" ON "enterprise_base" ("enterprise_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_enterprise_base_deleted_at" ON "enterprise_base" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "brand_authorization" add constraint "brand_authorization_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`);

    this.addSql(`alter table if exists "enterprise_base" add constraint "enterprise_base_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "brand_authorization" drop constraint if exists "brand_authorization_enterprise_id_foreign";`);

    this.addSql(`alter table if exists "enterprise_base" drop constraint if exists "enterprise_base_enterprise_id_foreign";`);

    this.addSql(`drop table if exists "enterprise" cascade;`);

    this.addSql(`drop table if exists "brand_authorization" cascade;`);

    this.addSql(`drop table if exists "enterprise_base" cascade;`);
  }

}
