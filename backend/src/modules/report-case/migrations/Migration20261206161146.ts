import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206161146 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "report_case" drop constraint if exists "report_case_number_unique";`);
    this.addSql(`create table if not exists "report_case" ("id" text not null, "number" text not null, "kind" text check ("kind" in ('counterfeit', 'wrong_label', 'quality')) not null, "status" text check ("status" in ('new', 'investigating', 'closed')) not null default 'new', "source" text check ("source" in ('product_page', 'trace_page')) not null, "description" text not null, "contact" text null, "photo_file_id" text null, "product_id" text null, "enterprise_id" text null, "batch_id" text null, "serial_id" text null, "reported_gtin" text null, "reported_lot" text null, "reported_serial" text null, "code_known" boolean null, "resolution" text null, "closed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "report_case_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_report_case_number_unique" ON "report_case" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_report_case_deleted_at" ON "report_case" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_report_case_status_created_at" ON "report_case" ("status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_report_case_enterprise_id_created_at" ON "report_case" ("enterprise_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "report_case_entry" ("id" text not null, "kind" text check ("kind" in ('status_change', 'confirm_counterfeit', 'unpublish_listing', 'revoke_certificate', 'suspend_enterprise')) not null, "from_status" text check ("from_status" in ('new', 'investigating', 'closed')) null, "to_status" text check ("to_status" in ('new', 'investigating', 'closed')) null, "actor_id" text not null, "note" text null, "target_id" text null, "report_case_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "report_case_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_report_case_entry_report_case_id" ON "report_case_entry" ("report_case_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_report_case_entry_deleted_at" ON "report_case_entry" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "report_counter" ("id" text not null, "value" integer not null, "expires_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "report_counter_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_report_counter_deleted_at" ON "report_counter" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "report_case_entry" add constraint "report_case_entry_report_case_id_foreign" foreign key ("report_case_id") references "report_case" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "report_case_entry" drop constraint if exists "report_case_entry_report_case_id_foreign";`);

    this.addSql(`drop table if exists "report_case" cascade;`);

    this.addSql(`drop table if exists "report_case_entry" cascade;`);

    this.addSql(`drop table if exists "report_counter" cascade;`);
  }

}
