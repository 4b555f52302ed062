import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207211233 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "enterprise_profile_change" ("id" text not null, "changes" jsonb not null, "previous" jsonb not null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "review_note" text null, "decided_at" timestamptz null, "enterprise_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "enterprise_profile_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_enterprise_profile_change_enterprise_id" ON "enterprise_profile_change" ("enterprise_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_enterprise_profile_change_deleted_at" ON "enterprise_profile_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_enterprise_profile_change_one_pending" ON "enterprise_profile_change" ("enterprise_id") WHERE status = 'pending' AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "enterprise_profile_change" add constraint "enterprise_profile_change_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "enterprise_profile_change" cascade;`);
  }

}
