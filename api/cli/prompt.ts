import { stdin, stderr } from 'node:process';

/**
 * Asks on the terminal; with `hidden`, typed characters are not echoed (a password). Without a
 * terminal (a pipe, a script), reads the next line of standard input, so scripts can pass
 * secrets the same way. The question goes to stderr (only on a terminal), leaving stdout to the
 * command's output.
 */
export async function ask(question: string, { hidden = false } = {}): Promise<string> {
  if (stdin.isTTY) stderr.write(question);
  return stdin.isTTY && hidden ? readHidden() : readLine();
}

/** Piped input read past the line already answered: the next question's answer. */
let unread = '';
let ended = false;

/** One line of stdin (without its newline); what is left at the end of input. */
function readLine(): Promise<string> {
  return new Promise((resolve) => {
    const answer = (): boolean => {
      const end = unread.indexOf('\n');
      if (end < 0 && !ended) return false;
      const line = end < 0 ? unread : unread.slice(0, end);
      unread = end < 0 ? '' : unread.slice(end + 1);
      stdin.off('data', onData);
      stdin.off('end', onEnd);
      stdin.pause();
      resolve(line.replace(/\r$/, ''));
      return true;
    };
    const onData = (chunk: Buffer) => {
      unread += chunk.toString('utf8');
      answer();
    };
    const onEnd = () => {
      ended = true;
      answer();
    };
    if (answer()) return;
    stdin.on('data', onData);
    stdin.on('end', onEnd);
    stdin.resume();
  });
}

/** Reads keys in raw mode until Enter: nothing is echoed; Backspace deletes, Ctrl-C aborts. */
function readHidden(): Promise<string> {
  return new Promise((resolve, reject) => {
    let secret = '';
    const done = (error?: Error) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stderr.write('\n');
      if (error) reject(error);
      else resolve(secret);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') return done();
        if (char === '\u0003') return done(new Error('cancelled'));
        if (char === '\u007f' || char === '\b') secret = secret.slice(0, -1);
        else secret += char;
      }
    };
    stdin.setRawMode(true);
    stdin.on('data', onData);
    stdin.resume();
  });
}
