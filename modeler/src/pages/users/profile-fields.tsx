import type { Role } from '../../api/client.ts';
import { t } from '../../i18n/i18n.ts';
import { roles } from './user-fields.ts';

/** What both user forms edit: the full name, the role and the groups as typed. */
export interface Profile {
  displayName: string;
  role: Role;
  groups: string;
}

/** The full name, role and groups fields of a user form; `id` keeps their ids apart. */
export function ProfileFields({
  id,
  profile,
  onChange,
}: {
  id: string;
  profile: Profile;
  onChange: (profile: Profile) => void;
}) {
  const set = (change: Partial<Profile>) => onChange({ ...profile, ...change });
  return (
    <>
      <label class="field">
        <span class="field__label">{t('users.displayName')}</span>
        <input
          class="input"
          name="displayName"
          maxLength={200}
          value={profile.displayName}
          onInput={(e) => set({ displayName: (e.target as HTMLInputElement).value })}
        />
      </label>
      <label class="field">
        <span class="field__label">{t('users.role')}</span>
        <select
          class="select"
          name="role"
          value={profile.role}
          onChange={(e) => set({ role: (e.target as HTMLSelectElement).value as Role })}
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <div class="field">
        <label class="field__label" for={`${id}-groups`}>
          {t('users.groups')}
        </label>
        <input
          id={`${id}-groups`}
          aria-describedby={`${id}-groups-hint`}
          class="input"
          name="groups"
          value={profile.groups}
          onInput={(e) => set({ groups: (e.target as HTMLInputElement).value })}
        />
        <span class="field__hint" id={`${id}-groups-hint`}>
          {t('users.groupsHint')}
        </span>
      </div>
    </>
  );
}
