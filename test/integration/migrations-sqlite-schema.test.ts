import { describe, expect, it } from 'vitest';
import snapshot from '../fixtures/schema/sqlite-0012.json';
import { migrationsThrough, sqliteSchema } from '../support/sqlite-schema';

// The migrations also describe the PostgreSQL schema now. A file made today
// must still get, statement for statement, the schema files already in use
// got: the snapshot was taken from the migrations before they learned a
// second engine, and never changes (a new migration adds, it does not edit).
describe('the SQLite schema the shipped migrations build', () => {
  it('is, up to 0012, exactly the one they built before PostgreSQL', async () => {
    expect(await sqliteSchema(migrationsThrough('0012_listed_accounts'))).toEqual(snapshot);
  });
});
