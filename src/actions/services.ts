/**
 * The ports the actions reach Google through. The entry points provide the Apps Script ones when
 * the script loads; tests can provide others. Actions never name an Apps Script service.
 */
import type { Services } from '../core/ports';

let provided: Services | null = null;

export function provideServices(services: Services): void {
  provided = services;
}

export function services(): Services {
  if (!provided) throw new Error('Intervention Planner started without its services.');
  return provided;
}
