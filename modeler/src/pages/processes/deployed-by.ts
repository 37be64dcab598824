import { t } from '../../i18n/i18n.ts';

/** Who deployed a version; none means the server deployed it from its own files. */
export function deployedByText(user: string | null | undefined): string {
  return user ? t('processes.by', { user }) : t('processes.byServer');
}
