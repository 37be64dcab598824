/** The few line icons the app uses, drawn on a 16-unit grid so they sit on the text baseline. */
const paths = {
  inbox: 'M2 9.5 4 3h8l2 6.5V13H2zM2 9.5h3.5l1 1.5h3l1-1.5H14',
  alert: 'M8 2 1.5 13.5h13zM8 6.5v3.2M8 11.6v.1',
  lock: 'M4 7.5h8v6H4zM5.5 7.5V5a2.5 2.5 0 0 1 5 0v2.5',
  search: 'M7 12A5 5 0 1 0 7 2a5 5 0 0 0 0 10zM10.6 10.6 14 14',
  check: 'M3 8.5 6.5 12 13 4.5',
  clock: 'M8 14.5A6.5 6.5 0 1 0 8 1.5a6.5 6.5 0 0 0 0 13zM8 4.5V8l2.5 1.5',
  flame:
    'M8 14.5c-2.8 0-4.5-1.9-4.5-4.3C3.5 7 6.5 6 6.5 2.5 9 4 12.5 6.5 12.5 10.2c0 2.4-1.7 4.3-4.5 4.3z',
  cross: 'M4 4l8 8M12 4l-8 8',
  dash: 'M4 8h8',
  process: 'M1.5 5.5h4v5h-4zM10.5 5.5h4v5h-4zM5.5 8h5',
  upload: 'M8 11V2.5M4.5 6 8 2.5 11.5 6M2.5 11v2.5h11V11',
  download: 'M8 2.5V11M4.5 7.5 8 11l3.5-3.5M2.5 11v2.5h11V11',
  file: 'M3.5 1.5h6l3 3v10h-9zM9.5 1.5v3h3',
  play: 'M4.5 2.5v11l9-5.5z',
  pause: 'M5 3v10M11 3v10',
  undo: 'M5 3.5 2 6.5l3 3M2 6.5h7a4 4 0 0 1 0 8H6',
  redo: 'M11 3.5l3 3-3 3M14 6.5H7a4 4 0 0 0 0 8h3',
  rocket:
    'M9.5 2.5c2-1 4-1 4-1s0 2-1 4L8 10 6 8zM6 8 3.5 7.5 5.5 5.5h3M8 10l.5 2.5 2-2v-3M4 12c-1 .5-1.5 2-1.5 2s1.5-.5 2-1.5',
  plus: 'M8 3v10M3 8h10',
  back: 'M13 8H3M7 4 3 8l4 4',
  save: 'M2.5 2.5h9l2 2v9h-11zM5 2.5v3.5h5V2.5M5 13.5V9.5h6v4',
  globe:
    'M8 14.5A6.5 6.5 0 1 0 8 1.5a6.5 6.5 0 0 0 0 13zM1.5 8h13M8 1.5c2 2 2.8 4.2 2.8 6.5S10 12.5 8 14.5C6 12.5 5.2 10.3 5.2 8S6 3.5 8 1.5',
  logout: 'M6.5 2.5h-4v11h4M10 5l3 3-3 3M13 8H6',
} as const;

export type IconName = keyof typeof paths;

/** A decorative icon; pass a `label` when the icon alone carries meaning. */
export function Icon({
  name,
  size = 16,
  label,
}: {
  name: IconName;
  size?: number;
  label?: string;
}) {
  return (
    <svg
      class="icon"
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      stroke-width="1.5"
      stroke-linecap="round"
      stroke-linejoin="round"
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : 'true'}
    >
      <path d={paths[name]} />
    </svg>
  );
}

/** Promesa's mark: a P on a blue square, as in the favicon. */
export function BrandMark({ size = 24 }: { size?: number }) {
  return (
    <svg class="brand-mark" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="7" fill="currentColor" />
      <path
        d="M11 23V9h6.5a4.5 4.5 0 0 1 0 9H14"
        fill="none"
        stroke="#fff"
        stroke-width="3"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
