/**
 * Store locations as text: which kind a location names and how to print it. Kept apart from
 * `database.ts` so the command line can read a location without loading a database driver.
 */

/** True when a store location is a PostgreSQL URL rather than a SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//.test(location);
}

/** A store location fit for logs and messages: a URL's password and query are left out. */
export function describeStore(location: string): string {
  if (!isPostgresUrl(location)) return location;
  try {
    const url = new URL(location);
    if (url.password) url.password = '***';
    url.search = '';
    return url.toString();
  } catch {
    return 'postgres://(an unparsable URL)';
  }
}
