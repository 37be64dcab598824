import { api, call } from '../../api/client.ts';

type Path = { params: { path: { id: string } } };
const on = (id: string): Path => ({ params: { path: { id } } });

/** What staff and supervisors do to a task from the list; each answer comes back by the live stream too. */
export const taskActions = {
  claim: (id: string) => call(api.POST('/api/tasks/{id}/claim', on(id))),
  unclaim: (id: string) => call(api.POST('/api/tasks/{id}/unclaim', on(id))),
  /** Supervisors: give it to someone (null takes it back to the group). */
  assign: (id: string, assignee: string | null) =>
    call(api.POST('/api/tasks/{id}/assign', { ...on(id), body: { assignee } })),
  /** Supervisors and the holder: someone else does it, the owner keeps it. */
  delegate: (id: string, assignee: string) =>
    call(api.POST('/api/tasks/{id}/delegate', { ...on(id), body: { assignee } })),
};
