import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Issue 16: scans kept as per-serial counters with a two-tier signal (suspicious, confirmed by
 * staff), counted per network instead of per visitor hash, a per-network hourly quota, and batch
 * withdrawal. Existing data is carried over: scans get their old place as their network (coarser,
 * so never more networks than before), serial counters are filled from the scans, and an old flag
 * becomes a suspicion for staff to review rather than a public warning.
 */
export class Migration20261206160909 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "scan_network_quota" ("id" text not null, "network" text not null, "window_start" timestamptz not null, "count" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "scan_network_quota_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_scan_network_quota_deleted_at" ON "scan_network_quota" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_scan_network_quota_network_unique" ON "scan_network_quota" ("network") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "trace_batch" add column if not exists "voided_at" timestamptz null, add column if not exists "void_reason" text null, add column if not exists "voided_by" text null, add column if not exists "voided_by_type" text check ("voided_by_type" in ('staff', 'enterprise')) null;`);

    this.addSql(`alter table if exists "package_serial" add column if not exists "scan_count" integer not null default 0, add column if not exists "network_count" integer not null default 0, add column if not exists "first_scanned_at" timestamptz null, add column if not exists "last_scanned_at" timestamptz null, add column if not exists "baseline_scan_count" integer not null default 0, add column if not exists "baseline_network_count" integer not null default 0, add column if not exists "signal_state" text check ("signal_state" in ('normal', 'suspicious', 'confirmed', 'cleared')) not null default 'normal', add column if not exists "signal_reasons" jsonb null, add column if not exists "suspected_at" timestamptz null, add column if not exists "reviewed_at" timestamptz null, add column if not exists "reviewed_by" text null, add column if not exists "review_note" text null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_package_serial_signal_state" ON "package_serial" ("signal_state") WHERE deleted_at IS NULL AND signal_state IN ('suspicious', 'confirmed');`);

    this.addSql(`alter table if exists "package_scan" add column if not exists "network" text null;`);
    this.addSql(`update "package_scan" set "network" = "place" where "network" is null;`);
    this.addSql(`alter table if exists "package_scan" alter column "network" set not null;`);
    this.addSql(`drop index if exists "IDX_package_scan_package_serial_id_visitor_hash_scanned_at";`);
    this.addSql(`alter table if exists "package_scan" drop column if exists "visitor_hash";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_package_scan_package_serial_id_network_scanned_at" ON "package_scan" ("package_serial_id", "network", "scanned_at") WHERE deleted_at IS NULL;`);

    this.addSql(`update "package_serial" s set "scan_count" = a."scans", "network_count" = a."networks", "first_scanned_at" = a."first", "last_scanned_at" = a."last"
      from (select "package_serial_id", count(*) as "scans", count(distinct "network") as "networks", min("scanned_at") as "first", max("scanned_at") as "last"
            from "package_scan" where "deleted_at" is null group by "package_serial_id") a
      where a."package_serial_id" = s."id";`);
    this.addSql(`update "package_serial" set "signal_state" = 'suspicious', "suspected_at" = "flagged_at" where "flagged_at" is not null;`);
    this.addSql(`alter table if exists "package_serial" drop column if exists "flagged_at";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "scan_network_quota" cascade;`);

    this.addSql(`alter table if exists "trace_batch" drop column if exists "voided_at", drop column if exists "void_reason", drop column if exists "voided_by", drop column if exists "voided_by_type";`);

    this.addSql(`alter table if exists "package_serial" add column if not exists "flagged_at" timestamptz null;`);
    this.addSql(`update "package_serial" set "flagged_at" = coalesce("suspected_at", "reviewed_at") where "signal_state" in ('suspicious', 'confirmed');`);
    this.addSql(`drop index if exists "IDX_package_serial_signal_state";`);
    this.addSql(`alter table if exists "package_serial" drop column if exists "scan_count", drop column if exists "network_count", drop column if exists "first_scanned_at", drop column if exists "last_scanned_at", drop column if exists "baseline_scan_count", drop column if exists "baseline_network_count", drop column if exists "signal_state", drop column if exists "signal_reasons", drop column if exists "suspected_at", drop column if exists "reviewed_at", drop column if exists "reviewed_by", drop column if exists "review_note";`);

    this.addSql(`drop index if exists "IDX_package_scan_package_serial_id_network_scanned_at";`);
    this.addSql(`alter table if exists "package_scan" add column if not exists "visitor_hash" text null;`);
    this.addSql(`update "package_scan" set "visitor_hash" = "network";`);
    this.addSql(`alter table if exists "package_scan" alter column "visitor_hash" set not null;`);
    this.addSql(`alter table if exists "package_scan" drop column if exists "network";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_package_scan_package_serial_id_visitor_hash_scanned_at" ON "package_scan" ("package_serial_id", "visitor_hash", "scanned_at") WHERE deleted_at IS NULL;`);
  }

}
