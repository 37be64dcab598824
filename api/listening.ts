import type { ServerType } from '@hono/node-server';

/**
 * Resolves once `server` listens; a port that is taken or not ours to open becomes one error
 * that says which port and what to do, instead of an unhandled 'error' event and a stack trace.
 */
export function listening(server: ServerType, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    if (server.listening) return resolve();
    const failed = (error: NodeJS.ErrnoException) => {
      server.off('listening', listened);
      if (error.code === 'EADDRINUSE')
        reject(new Error(`port ${port} is in use by another program; set PORT to a free port`));
      else if (error.code === 'EACCES')
        reject(
          new Error(`port ${port} may not be opened by this user; set PORT to one above 1023`),
        );
      else reject(error);
    };
    const listened = () => {
      server.off('error', failed);
      resolve();
    };
    server.once('error', failed);
    server.once('listening', listened);
  });
}
