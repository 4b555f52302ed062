import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129141846 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "enterprise_account" drop constraint if exists "enterprise_account_email_unique";`);
    this.addSql(`create table if not exists "enterprise_account" ("id" text not null, "email" text not null, "name" text null, "role" text check ("role" in ('owner', 'staff')) not null default 'staff', "enterprise_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "enterprise_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_enterprise_account_email_unique" ON "enterprise_account" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_enterprise_account_enterprise_id" ON "enterprise_account" ("enterprise_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_enterprise_account_deleted_at" ON "enterprise_account" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "enterprise_account" add constraint "enterprise_account_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`);

    this.addSql(`alter table if exists "enterprise" drop constraint if exists "enterprise_status_check";`);

    this.addSql(`alter table if exists "enterprise" add column if not exists "review_note" text null, add column if not exists "commission_bps" integer not null default 500, add column if not exists "licence_file_url" text null;`);
    this.addSql(`alter table if exists "enterprise" add constraint "enterprise_status_check" check("status" in ('pending', 'active', 'rejected', 'suspended'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "enterprise_account" cascade;`);

    this.addSql(`alter table if exists "enterprise" drop constraint if exists "enterprise_status_check";`);

    this.addSql(`alter table if exists "enterprise" drop column if exists "review_note", drop column if exists "commission_bps", drop column if exists "licence_file_url";`);

    this.addSql(`alter table if exists "enterprise" add constraint "enterprise_status_check" check("status" in ('pending', 'active', 'suspended'));`);
  }

}
