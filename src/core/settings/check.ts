/**
 * Checking settings before they are stored: the server does it because the sidebar is untrusted,
 * and the sidebar does it first so a refusal needs no round trip. Both give the same sentence.
 */
import * as v from 'valibot';
import { settingsChangeSchema, settingsSchema } from './schema';
import { SECTIONS, type Settings, type SettingsChange } from './table';

/** For a change naming a section or field the table does not have: the sidebar is out of date. */
const UNUSABLE = 'The sidebar and Intervention Planner disagree about the settings. Reload the sidebar and try again.';

export type SettingsCheck = { readonly ok: true; readonly settings: Settings } | { readonly ok: false; readonly refusal: string };

/** The settings, or the first thing wrong with them as one sentence naming the setting. */
function checkSettings(candidate: unknown): SettingsCheck {
  const parsed = v.safeParse(settingsSchema, candidate, { message: UNUSABLE });
  if (parsed.success) return { ok: true, settings: parsed.output };
  return { ok: false, refusal: parsed.issues[0].message };
}

/** Each changed section's fields replace the current ones; everything not sent stays as it is. */
export function applyChange(current: Settings, change: SettingsChange): SettingsCheck {
  const merged: Record<string, unknown> = { ...current };
  for (const section of SECTIONS) {
    const fields = change[section];
    if (fields !== undefined) merged[section] = { ...current[section], ...fields };
  }
  return checkSettings(merged);
}

/** A change as the sidebar built it, checked as the server will check it: the same sentence, no round trip. */
export function checkChange(current: Settings, change: unknown): SettingsCheck {
  const parsed = v.safeParse(settingsChangeSchema, change, { message: UNUSABLE });
  if (!parsed.success) return { ok: false, refusal: parsed.issues[0].message };
  return applyChange(current, parsed.output);
}
