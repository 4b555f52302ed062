import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129143819 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "enterprise_invite" drop constraint if exists "enterprise_invite_token_hash_unique";`);
    this.addSql(`create table if not exists "enterprise_invite" ("id" text not null, "email" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "enterprise_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "enterprise_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_enterprise_invite_token_hash_unique" ON "enterprise_invite" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_enterprise_invite_enterprise_id" ON "enterprise_invite" ("enterprise_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_enterprise_invite_deleted_at" ON "enterprise_invite" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "enterprise_invite" add constraint "enterprise_invite_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "enterprise_invite" cascade;`);
  }

}
