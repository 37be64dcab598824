// The background checkpointer of a SQLite store (see checkpointer.ts). Plain JavaScript: a worker
// thread loads it without the TypeScript loader the rest of the project runs under.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const { filename, intervalMs } = workerData;
const database = new Database(filename);
database.pragma('busy_timeout = 5000');
// FULL: the checkpoint syncs the WAL before copying it and the database file after.
database.pragma('synchronous = FULL');

// PASSIVE never waits for the writer or readers: it copies what it can and leaves the rest for
// the next round, so the engine's commits are never held up by it.
const timer = setInterval(() => {
  try {
    database.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort.postMessage({ error: String(error) });
  }
}, intervalMs);

parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  database.close();
  parentPort.close();
});
