/**
 * The history clean-up's delete, shared by the SQL stores: the statements that remove a batch of
 * ended instances with every row kept of them. `member(column)` is the dialect's test that a
 * column holds one of the batch's instance ids (SQLite reads them from a JSON array, PostgreSQL
 * from an array parameter). History goes first: its row count is what the clean-up reports.
 */
export function instanceRemovalStatements(member: (column: string) => string): string[] {
  const ofInstances = (table: string) => `DELETE FROM ${table} WHERE ${member('instance_id')}`;
  return [
    ofInstances('history'),
    // Candidates hang on their task, so they go before it.
    `DELETE FROM task_candidates WHERE task_id IN (SELECT id FROM tasks WHERE ${member('instance_id')})`,
    ofInstances('task_comments'),
    ofInstances('tasks'),
    ofInstances('external_tasks'),
    ofInstances('incidents'),
    ofInstances('slas'),
    ofInstances('jobs'),
    ofInstances('event_subscriptions'),
    `DELETE FROM process_instances WHERE ${member('id')}`,
  ];
}

/**
 * The ids of a batch: ended instances of one definition that ended before a time, oldest first;
 * with an instance id, that one only.
 * `param` writes the dialect's placeholder for each value.
 */
export function removableInstancesQuery(
  param: (name: 'definitionId' | 'endedBefore' | 'limit' | 'instanceId') => string,
): string {
  return `SELECT id FROM process_instances
           WHERE definition_id = ${param('definitionId')} AND ended_at IS NOT NULL
             AND ended_at < ${param('endedBefore')} AND status <> 'active'
             AND (${param('instanceId')} IS NULL OR id = ${param('instanceId')})
           ORDER BY ended_at LIMIT ${param('limit')}`;
}
