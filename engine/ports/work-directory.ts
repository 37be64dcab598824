/**
 * Who may be handed work: the people behind the groups and users a task is offered to. The
 * engine asks it before committing a task whose lane distributes its work; `api/` answers it
 * from the identity store.
 */
export interface WorkDirectory {
  /**
   * The people who may be handed a task offered to these groups and users, sorted: enabled,
   * not marked absent, and doing the work of the group (its staff; a group with no staff, such
   * as the supervisors' own, hands work to all its members). Empty when nobody is there.
   */
  availableMembers(offeredTo: { groups: string[]; users: string[] }): Promise<string[]>;
}
