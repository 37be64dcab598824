import type { ComponentType } from 'preact';
import type { Role } from '../api/client.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { includes } from './roles.ts';

/** What a page component receives: the params of its path pattern. */
export interface PageProps {
  params: Record<string, string>;
}

export interface PageRoute {
  pattern: string;
  /** The lowest role that may open it (the server's table decides; this only hides links). */
  access: Role;
  /** Shown in the navigation under this label; pages without one are reached from others. */
  nav?: MessageKey;
  /** Loaded on first visit: the modeler's bpmn-js never reaches staff who do not open it. */
  load: () => Promise<{ default: ComponentType<PageProps> }>;
}

/** Every page of the app, in navigation order. */
export const routes: PageRoute[] = [
  {
    pattern: '/tasks',
    access: 'staff',
    nav: 'nav.tasks',
    load: () => import('../pages/tasks/tasks-page.tsx'),
  },
  {
    pattern: '/tasks/:taskId',
    access: 'staff',
    load: () => import('../pages/task/task-page.tsx'),
  },
  {
    pattern: '/start',
    access: 'staff',
    load: () => import('../pages/start/start-page.tsx'),
  },
  {
    pattern: '/dashboard',
    access: 'supervisor',
    nav: 'nav.dashboard',
    load: () => import('../pages/dashboard/dashboard-page.tsx'),
  },
  {
    pattern: '/sla-policies',
    access: 'supervisor',
    nav: 'nav.policies',
    load: () => import('../pages/policies/sla-policies-page.tsx'),
  },
  {
    pattern: '/customers',
    access: 'staff',
    nav: 'nav.customers',
    load: () => import('../pages/customer/customer-page.tsx'),
  },
  {
    pattern: '/customers/:businessKey',
    access: 'staff',
    load: () => import('../pages/customer/customer-page.tsx'),
  },
  {
    pattern: '/processes',
    access: 'analyst',
    nav: 'nav.processes',
    load: () => import('../pages/processes/processes-page.tsx'),
  },
  {
    pattern: '/processes/:processId',
    access: 'analyst',
    load: () => import('../pages/process/process-page.tsx'),
  },
  {
    pattern: '/instances/:instanceId',
    // Supervisors read the instances their lanes worked on; the server decides which.
    access: 'supervisor',
    load: () => import('../pages/instance/instance-page.tsx'),
  },
  {
    pattern: '/processes/:processId/heatmap',
    access: 'analyst',
    load: () => import('../pages/heatmap/heatmap-page.tsx'),
  },
  {
    pattern: '/modeler',
    access: 'analyst',
    nav: 'nav.modeler',
    load: () => import('../pages/modeler/modeler-page.tsx'),
  },
  {
    pattern: '/deployments',
    access: 'developer',
    nav: 'nav.deployments',
    load: () => import('../pages/deployments/deployments-page.tsx'),
  },
  {
    pattern: '/incidents',
    access: 'developer',
    nav: 'nav.incidents',
    load: () => import('../pages/incidents/incidents-page.tsx'),
  },
  {
    pattern: '/users',
    access: 'admin',
    nav: 'nav.users',
    load: () => import('../pages/users/users-page.tsx'),
  },
  {
    pattern: '/users/:username',
    access: 'admin',
    load: () => import('../pages/users/users-page.tsx'),
  },
];

/** The start page of a role: the first page it may open. */
export function homeOf(role: Role): string {
  return includes(role, 'analyst') ? '/processes' : '/tasks';
}
