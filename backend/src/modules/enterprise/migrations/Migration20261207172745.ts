import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207172745 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "enterprise_account" drop constraint if exists "enterprise_account_role_check";`);

    this.addSql(`alter table if exists "enterprise_account" alter column "role" type text using ("role"::text);`);
    this.addSql(`alter table if exists "enterprise_account" alter column "role" set default 'operator';`);
    // Invited colleagues were all "staff", who could do everything but manage the team: operators now.
    this.addSql(`update "enterprise_account" set "role" = 'operator' where "role" = 'staff';`);
    this.addSql(`alter table if exists "enterprise_account" add constraint "enterprise_account_role_check" check("role" in ('owner', 'operator', 'finance', 'packer'));`);

    this.addSql(`alter table if exists "enterprise_invite" add column if not exists "role" text check ("role" in ('owner', 'operator', 'finance', 'packer')) not null default 'operator';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "enterprise_account" drop constraint if exists "enterprise_account_role_check";`);

    this.addSql(`alter table if exists "enterprise_account" alter column "role" type text using ("role"::text);`);
    this.addSql(`alter table if exists "enterprise_account" alter column "role" set default 'staff';`);
    this.addSql(`update "enterprise_account" set "role" = 'staff' where "role" <> 'owner';`);
    this.addSql(`alter table if exists "enterprise_account" add constraint "enterprise_account_role_check" check("role" in ('owner', 'staff'));`);

    this.addSql(`alter table if exists "enterprise_invite" drop column if exists "role";`);
  }

}
