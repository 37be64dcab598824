// The server under soak: the real server on a SQLite file, on loopback only. Prints `ready`
// once it answers; the soak kills it with SIGKILL at random moments and starts it again.
import { startServer } from '../../api/server.ts';

const [databaseFile, port] = process.argv.slice(2);
const server = await startServer(
  {
    port: Number(port),
    hostname: '127.0.0.1',
    databaseUrl: `sqlite:${databaseFile}`,
    allowJavaScript: false,
    adminPassword: 'soak-admin-password',
    appDir: 'no-browser-app',
  },
  () => {},
);
process.on('SIGTERM', () => {
  void server.stop().then(() => process.exit(0));
});
process.stdout.write('ready\n');
