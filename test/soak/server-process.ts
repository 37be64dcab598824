import { freePort } from '../support/free-port.ts';
import { type ChildProcess, spawn } from 'node:child_process';

/**
 * The server under soak as a child process on a fixed loopback port: started, killed with
 * SIGKILL, started again on the same database file, and stopped gracefully at the end.
 */
export class ServerProcess {
  private child: ChildProcess | undefined;
  kills = 0;
  restarts = 0;

  private constructor(
    private readonly databaseFile: string,
    readonly port: number,
  ) {}

  /** A server on a free loopback port, started. */
  static async start(databaseFile: string): Promise<ServerProcess> {
    const server = new ServerProcess(databaseFile, await freePort());
    await server.spawn();
    return server;
  }

  get up(): boolean {
    return this.child !== undefined;
  }

  /** SIGKILL at once, then a new process on the same file once the old one is gone. */
  async killAndRestart(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    this.kills++;
    await exited;
    await this.spawn();
    this.restarts++;
  }

  /** SIGTERM and wait: the server's graceful stop, bounded by `graceMs`. Throws when it takes longer. */
  async stop(graceMs = 10_000): Promise<number> {
    const child = this.child;
    if (!child) return 0;
    this.child = undefined;
    const started = performance.now();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
    const took = performance.now() - started;
    if (took >= graceMs) throw new Error(`The server did not stop within ${graceMs} ms`);
    return took;
  }

  private spawn(): Promise<void> {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        new URL('./server-child.ts', import.meta.url).pathname,
        this.databaseFile,
        String(this.port),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    this.child = child;
    return new Promise((resolve, reject) => {
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('ready\n')) resolve();
      });
      child.once('exit', (code, signal) =>
        reject(new Error(`The server exited before it was ready (${code ?? signal})`)),
      );
    });
  }
}
