import { hasMessage, t } from './i18n.ts';

/**
 * Words for the ids the shipped setup names things by: groups (the lanes' queues), touchpoints
 * and life-cycle stages (`processes/touchpoints.json`). An id the catalogue does not know (a
 * group an administrator added) is shown readable rather than raw: `field-service` → "Field service".
 *
 * @example
 * groupName('front-office') // 'Front office' / 'Front office'; groupName('sales') // 'Sales' / 'Ventas'
 */
export function groupName(id: string): string {
  return named(`group.${id}`, id);
}

/** A touchpoint by its name in the user's language: `phone` → "Phone" / "Teléfono". */
export function touchpointName(id: string): string {
  return named(`touchpoint.${id}`, id);
}

/** A life-cycle stage by its name in the user's language: `serve` → "Serve" / "Servicio". */
export function stageName(id: string): string {
  return named(`stage.${id}`, id);
}

function named(key: string, id: string): string {
  if (hasMessage(key)) return t(key);
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
