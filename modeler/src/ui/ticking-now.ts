import { signal } from '@preact/signals';
import { serverNow } from '../app/server-clock.ts';

/** The server's time, renewed every second while something reads it: countdowns re-render. */
export const now = signal(serverNow());

let timer: ReturnType<typeof setInterval> | undefined;
let readers = 0;

/** Starts the second ticks for a component that shows `now`; call the returned stop on unmount. */
export function tick(): () => void {
  readers += 1;
  timer ??= setInterval(() => {
    now.value = serverNow();
  }, 1000);
  return () => {
    readers -= 1;
    if (readers === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}
