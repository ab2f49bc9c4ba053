import { Migration } from '@mikro-orm/migrations';

/**
 * Search ranks contacts whose folded name starts with the fragment first. This btree finds
 * them by prefix, and carries what sorting and scoping them needs, so a broad fragment
 * ("koval": 50K of a million contacts) is ranked from the index alone, without the heap.
 */
export class Migration20261123110000_search_prefix extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index contact_search_prefix on contact (search_doc text_pattern_ops) include (sort_name, id, org_path, org_unit_id);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index contact_search_prefix;`);
  }
}
