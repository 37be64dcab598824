/** The task list as last shown (queue and filters in its query), for the way back from a task. */
let address = '/tasks';

/** Called by the task list with its address each time it shows. */
export function rememberTaskList(to: string): void {
  address = to;
}

/** Where "back to the tasks" goes: the list as the user left it, `/tasks` at first. */
export function taskListAddress(): string {
  return address;
}
