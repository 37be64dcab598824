import type { Access } from '../auth/roles.ts';

/**
 * Who may call which `/engine-rest` route, by the same roles as `/api` (and merged into the
 * app's one access table): staff work their own tasks and start the processes naming them as
 * candidate starters, analysts read, developers deploy, start any process, correlate and run workers. Task routes additionally limit staff to tasks they are involved in.
 */
export const camundaAccess = {
  'GET /engine-rest/version': 'staff',

  'GET /engine-rest/task': 'staff',
  'GET /engine-rest/task/count': 'staff',
  'GET /engine-rest/task/:id': 'staff',
  'GET /engine-rest/task/:id/identity-links': 'staff',
  'POST /engine-rest/task/:id/claim': 'staff',
  'POST /engine-rest/task/:id/unclaim': 'staff',
  'POST /engine-rest/task/:id/complete': 'staff',
  'GET /engine-rest/task/:id/variables': 'staff',
  'POST /engine-rest/task/:id/variables': 'staff',
  'GET /engine-rest/task/:id/variables/:varName': 'staff',
  'PUT /engine-rest/task/:id/variables/:varName': 'staff',
  'DELETE /engine-rest/task/:id/variables/:varName': 'staff',
  'GET /engine-rest/task/:id/localVariables': 'staff',
  'POST /engine-rest/task/:id/localVariables': 'staff',
  'GET /engine-rest/task/:id/localVariables/:varName': 'staff',
  'PUT /engine-rest/task/:id/localVariables/:varName': 'staff',
  'DELETE /engine-rest/task/:id/localVariables/:varName': 'staff',
  // Candidate starters list, start and message-start their processes (`auth/starters.ts`);
  // below the analyst role the list holds only those.
  'GET /engine-rest/process-definition': 'staff',
  'POST /engine-rest/process-definition/:id/start': 'staff',
  'POST /engine-rest/process-definition/key/:key/start': 'staff',
  'POST /engine-rest/process-definition/:id/submit-form': 'staff',
  'POST /engine-rest/process-definition/key/:key/submit-form': 'staff',
  'POST /engine-rest/message': 'staff',

  'GET /engine-rest/deployment': 'analyst',
  'GET /engine-rest/deployment/:id': 'analyst',
  'GET /engine-rest/process-definition/:id': 'analyst',
  'GET /engine-rest/process-definition/:id/xml': 'analyst',
  'GET /engine-rest/process-definition/key/:key': 'analyst',
  'GET /engine-rest/process-instance': 'analyst',
  'GET /engine-rest/process-instance/count': 'analyst',
  'POST /engine-rest/process-instance': 'analyst',
  'POST /engine-rest/process-instance/count': 'analyst',
  'GET /engine-rest/process-instance/:id': 'analyst',
  'GET /engine-rest/process-instance/:id/variables': 'analyst',
  'GET /engine-rest/history/process-instance': 'analyst',
  'GET /engine-rest/history/process-instance/:id': 'analyst',
  'GET /engine-rest/history/activity-instance': 'analyst',
  'GET /engine-rest/incident': 'analyst',

  // Everyone reads and changes their own profile, password and groups (the routes check whose);
  // admins manage users and groups.
  'GET /engine-rest/user/:id/profile': 'staff',
  'PUT /engine-rest/user/:id/profile': 'staff',
  'PUT /engine-rest/user/:id/credentials': 'staff',
  'OPTIONS /engine-rest/user': 'staff',
  'OPTIONS /engine-rest/user/:id': 'staff',
  'OPTIONS /engine-rest/group': 'staff',
  'OPTIONS /engine-rest/group/:id': 'staff',
  'OPTIONS /engine-rest/group/:id/members': 'staff',
  'GET /engine-rest/identity/groups': 'staff',
  'GET /engine-rest/identity/password-policy': 'staff',
  'POST /engine-rest/identity/password-policy': 'staff',
  'GET /engine-rest/user': 'admin',
  'GET /engine-rest/user/count': 'admin',
  'POST /engine-rest/user/create': 'admin',
  'DELETE /engine-rest/user/:id': 'admin',
  'POST /engine-rest/user/:id/unlock': 'admin',
  'GET /engine-rest/group': 'admin',
  'POST /engine-rest/group': 'admin',
  'GET /engine-rest/group/count': 'admin',
  'POST /engine-rest/group/count': 'admin',
  'POST /engine-rest/group/create': 'admin',
  'GET /engine-rest/group/:id': 'admin',
  'PUT /engine-rest/group/:id': 'admin',
  'DELETE /engine-rest/group/:id': 'admin',
  'PUT /engine-rest/group/:id/members/:userId': 'admin',
  'DELETE /engine-rest/group/:id/members/:userId': 'admin',
  // Checking someone's password is the job of a login front end, run by an admin's account.
  'POST /engine-rest/identity/verify': 'admin',

  'POST /engine-rest/deployment/create': 'developer',
  'POST /engine-rest/signal': 'developer',
  'POST /engine-rest/external-task/fetchAndLock': 'developer',
  'POST /engine-rest/external-task/:id/complete': 'developer',
  'POST /engine-rest/external-task/:id/failure': 'developer',
  'POST /engine-rest/external-task/:id/bpmnError': 'developer',
  'POST /engine-rest/external-task/:id/extendLock': 'developer',
  'POST /engine-rest/external-task/:id/unlock': 'developer',
  'POST /engine-rest/external-task/:id/lock': 'developer',
} as const satisfies Record<string, Access>;
