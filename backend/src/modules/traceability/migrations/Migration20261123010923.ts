import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123010923 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "package_serial" drop constraint if exists "package_serial_batch_id_serial_unique";`);
    this.addSql(`alter table if exists "trace_batch" drop constraint if exists "trace_batch_gtin_lot_unique";`);
    this.addSql(`create table if not exists "trace_batch" ("id" text not null, "gtin" text not null, "lot" text not null, "produced_on" timestamptz not null, "quantity" integer not null, "inspection_mg_per_kg" real null, "inspection_lab" text null, "inspected_on" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trace_batch_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trace_batch_deleted_at" ON "trace_batch" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trace_batch_gtin_lot_unique" ON "trace_batch" ("gtin", "lot") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "package_serial" ("id" text not null, "serial" text not null, "flagged_at" timestamptz null, "batch_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "package_serial_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_package_serial_batch_id" ON "package_serial" ("batch_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_package_serial_deleted_at" ON "package_serial" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_package_serial_batch_id_serial_unique" ON "package_serial" ("batch_id", "serial") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "package_scan" ("id" text not null, "visitor_hash" text not null, "place" text not null, "scanned_at" timestamptz not null, "package_serial_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "package_scan_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_package_scan_package_serial_id" ON "package_scan" ("package_serial_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_package_scan_deleted_at" ON "package_scan" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_package_scan_package_serial_id_visitor_hash_scanned_at" ON "package_scan" ("package_serial_id", "visitor_hash", "scanned_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "trace_event" ("id" text not null, "type" text check ("type" in ('harvested', 'processed', 'packed', 'shipped', 'inspected')) not null, "occurred_at" timestamptz not null, "place" text not null, "description" text null, "batch_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trace_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trace_event_batch_id" ON "trace_event" ("batch_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trace_event_deleted_at" ON "trace_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "package_serial" add constraint "package_serial_batch_id_foreign" foreign key ("batch_id") references "trace_batch" ("id") on update cascade;`);

    this.addSql(`alter table if exists "package_scan" add constraint "package_scan_package_serial_id_foreign" foreign key ("package_serial_id") references "package_serial" ("id") on update cascade;`);

    this.addSql(`alter table if exists "trace_event" add constraint "trace_event_batch_id_foreign" foreign key ("batch_id") references "trace_batch" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "package_serial" drop constraint if exists "package_serial_batch_id_foreign";`);

    this.addSql(`alter table if exists "trace_event" drop constraint if exists "trace_event_batch_id_foreign";`);

    this.addSql(`alter table if exists "package_scan" drop constraint if exists "package_scan_package_serial_id_foreign";`);

    this.addSql(`drop table if exists "trace_batch" cascade;`);

    this.addSql(`drop table if exists "package_serial" cascade;`);

    this.addSql(`drop table if exists "package_scan" cascade;`);

    this.addSql(`drop table if exists "trace_event" cascade;`);
  }

}
