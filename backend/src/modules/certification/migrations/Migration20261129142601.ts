import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129142601 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "enterprise_upload" drop constraint if exists "enterprise_upload_url_unique";`);
    this.addSql(`create table if not exists "enterprise_upload" ("id" text not null, "enterprise_id" text not null, "file_id" text not null, "url" text not null, "filename" text not null, "mime_type" text not null, "size" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "enterprise_upload_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_enterprise_upload_enterprise_id" ON "enterprise_upload" ("enterprise_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_enterprise_upload_deleted_at" ON "enterprise_upload" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_enterprise_upload_url_unique" ON "enterprise_upload" ("url") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "certificate" add column if not exists "test_report_url" text null, add column if not exists "review_status" text check ("review_status" in ('pending', 'approved', 'rejected')) not null default 'approved', add column if not exists "review_note" text null, add column if not exists "reviewed_at" timestamptz null, add column if not exists "reviewed_by" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "enterprise_upload" cascade;`);

    this.addSql(`alter table if exists "certificate" drop column if exists "test_report_url", drop column if exists "review_status", drop column if exists "review_note", drop column if exists "reviewed_at", drop column if exists "reviewed_by";`);
  }

}
