import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123004446 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "brand" drop constraint if exists "brand_handle_unique";`);
    this.addSql(`create table if not exists "brand" ("id" text not null, "handle" text not null, "name" text not null, "story" text null, "level" text check ("level" in ('regional', 'county', 'enterprise')) not null, "mark_type" text check ("mark_type" in ('gi_certification_mark', 'collective_mark', 'trademark', 'gi_filed')) not null, "region" text not null, "counties" text[] not null default '{}', "logo_url" text null, "parent_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "brand_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_brand_handle_unique" ON "brand" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_brand_parent_id" ON "brand" ("parent_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_brand_deleted_at" ON "brand" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_brand_region" ON "brand" ("region") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "brand" add constraint "brand_parent_id_foreign" foreign key ("parent_id") references "brand" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "brand" drop constraint if exists "brand_parent_id_foreign";`);

    this.addSql(`drop table if exists "brand" cascade;`);
  }

}
