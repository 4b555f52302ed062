import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206193002 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "product_handling" ("id" text not null, "perishable" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_handling_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_handling_deleted_at" ON "product_handling" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_handling" cascade;`);
  }

}
