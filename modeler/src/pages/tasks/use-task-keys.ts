import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Schemas } from '../../api/client.ts';

type Task = Schemas['Task'];

/**
 * The task list's keyboard: ↓/j and ↑/k move between rows, Enter opens the task, c claims it,
 * u gives it back. Keys typed into a field or on a button are the field's own.
 */
export function useTaskKeys(
  tasks: Task[],
  actions: { open(task: Task): void; claim(task: Task): void; unclaim(task: Task): void },
) {
  const [focused, setFocused] = useState(0);
  const [moved, setMoved] = useState(false);
  const index = Math.min(focused, Math.max(tasks.length - 1, 0));

  // Focus follows the keys (not the first render: the page keeps its own focus then).
  useEffect(() => {
    if (!moved) return;
    document.querySelector<HTMLElement>(`tr[data-task-id="${tasks[index]?.id}"]`)?.focus();
  }, [index, moved, tasks[index]?.id]);

  function onKeyDown(event: JSX.TargetedKeyboardEvent<HTMLTableElement>) {
    const target = event.target as HTMLElement;
    if (target.tagName !== 'TR' || event.altKey || event.ctrlKey || event.metaKey) return;
    const task = tasks[index];
    const move = (to: number) => {
      event.preventDefault();
      setMoved(true);
      setFocused(Math.max(0, Math.min(tasks.length - 1, to)));
    };
    if (event.key === 'ArrowDown' || event.key === 'j') return move(index + 1);
    if (event.key === 'ArrowUp' || event.key === 'k') return move(index - 1);
    if (!task) return;
    if (event.key === 'Enter') actions.open(task);
    else if (event.key === 'c') actions.claim(task);
    else if (event.key === 'u') actions.unclaim(task);
  }

  return { focused: index, setFocused, onKeyDown };
}
