import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207180127 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "brand_authorization_request" ("id" text not null, "brand_id" text not null, "category_handles" text[] not null default '{}', "note" text null, "status" text check ("status" in ('pending', 'granted', 'refused')) not null default 'pending', "decision_note" text null, "decided_at" timestamptz null, "brand_authorization_id" text null, "enterprise_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "brand_authorization_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_brand_authorization_request_enterprise_id" ON "brand_authorization_request" ("enterprise_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_brand_authorization_request_deleted_at" ON "brand_authorization_request" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "brand_authorization_request" add constraint "brand_authorization_request_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "brand_authorization_request" cascade;`);
  }

}
