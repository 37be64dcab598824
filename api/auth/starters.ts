import {
  ForbiddenError,
  isCandidateStarter,
  starterRule,
  type DefinitionRecord,
  type Starter,
} from '../../engine/index.ts';
import { includes, type Principal } from './roles.ts';

/**
 * Who may start which process. Developers and above start any; everyone else starts the
 * processes that name them, or one of their groups, as candidate starter
 * (`camunda:candidateStarterGroups` / `camunda:candidateStarterUsers`), and correlates only
 * the messages that start those. A process naming nobody stays with developers.
 */

/** True when the caller may start instances of the definition. */
export function mayStart(principal: Principal, definition: DefinitionRecord): boolean {
  return (
    includes(principal.role, 'developer') || isCandidateStarter(definition, starterOf(principal))
  );
}

/** Throws 403 (`not-a-starter`) unless the caller may start the definition. */
export function requireStarter(principal: Principal, definition: DefinitionRecord): void {
  if (!mayStart(principal, definition))
    throw new ForbiddenError(
      'not-a-starter',
      `${principal.username} may not start process ${definition.processId}: ${starterRule(definition)}`,
    );
}

/**
 * The restriction a message correlation runs under: none for developers (a message may reach
 * any waiting execution), starts of their own processes only for everyone else.
 */
export function correlationLimit(principal: Principal): { asStarter?: Starter } {
  return includes(principal.role, 'developer') ? {} : { asStarter: starterOf(principal) };
}

function starterOf(principal: Principal): Starter {
  return { userId: principal.username, groups: principal.groups };
}
