import { formatExact, formatRelative } from '../i18n/format.ts';

/** "in 2 min" / "hace 3 h", the exact time on hover and for assistive technology. */
export function RelativeTime({ at }: { at: string | number }) {
  const iso = new Date(at).toISOString();
  return (
    <time dateTime={iso} title={formatExact(at)}>
      {formatRelative(at)}
    </time>
  );
}
