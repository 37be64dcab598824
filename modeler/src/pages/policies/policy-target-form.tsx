import { api, call, type Schemas } from '../../api/client.ts';
import { t } from '../../i18n/i18n.ts';
import { DurationForm } from '../../ui/duration-form.tsx';
import { policyName } from './policy-name.ts';

type Policy = Schemas['SlaPolicy'];

/**
 * A policy's promise in minutes, hours or days, changed in place: the requests registered from
 * then on get it, running ones keep theirs (supervisors and above; the server decides).
 */
export function PolicyTargetForm({
  policy,
  onSaved,
}: {
  policy: Policy;
  onSaved: (policy: Policy) => void;
}) {
  const { id, updatedAt: _at, updatedBy: _by, ...terms } = policy;
  return (
    <DurationForm
      id={`policy-${id}`}
      label={t('policies.targetOf', { name: policyName(policy) })}
      submitLabel={t('policies.save')}
      initial={policy.target}
      onSubmit={async (target) => {
        const saved = await call(
          api.PUT('/api/sla-policies/{id}', {
            params: { path: { id } },
            body: { ...terms, target },
          }),
        );
        onSaved(saved);
      }}
    />
  );
}
