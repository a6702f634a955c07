import { LibraryDatabase } from '../LibraryDatabase';

/**
 * Compacts the database file given, again and again, saying so before each time, until killed
 * (compactKilled.test.ts).
 */
const db = LibraryDatabase.open(process.argv[2]!);
for (;;) {
  process.stdout.write('compacting\n');
  db.compact();
}
