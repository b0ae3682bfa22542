/**
 * Settings in the sidebar: show every threshold with its default, save a change and put everything
 * back to the defaults. The change arrives checked field by field (see the endpoint's schema); the
 * rules between fields are checked here against what is stored, and a refusal is one sentence
 * naming the setting as the sidebar labels it. Nothing is stored when one is refused.
 */
import { classifyPurpose } from '../core/groups/purposes';
import { applyChange, defaultSettings, type SettingsChange } from '../core/settings';
import { normaliseText } from '../core/text';
import { UserError } from '../core/user-error';
import type { SettingsView } from '../shared/api';
import { loadSchool } from './school';
import { services } from './services';
import { loadStored, saveSettings } from './store';

export function settingsView(): SettingsView {
  const school = loadSchool('stored');
  const settings = school.stored.settings;
  const programmes = new Map<string, string>();
  for (const item of [...school.data.groups, ...school.data.placements]) {
    const name = item.programme?.trim();
    if (name && !programmes.has(normaliseText(name))) programmes.set(normaliseText(name), name);
  }
  return {
    settings,
    programmes: [...programmes.values()]
      .sort((a, b) => a.localeCompare(b, 'en-GB'))
      .map((name) => ({ name, fromName: classifyPurpose(name, settings.groups.purposeKeywords) })),
    measures: (school.mapping.register?.measures ?? []).map((m) => ({ id: m.id, label: m.label, found: m.betterWhen })),
  };
}

/** Saves the settings the sidebar changed: each section's fields replace the stored ones, the rest stay. */
export function saveSettingsChange(change: SettingsChange): SettingsView {
  services().lock.withDocumentLock(() => {
    const checked = applyChange(loadStored().settings, change);
    if (!checked.ok) throw new UserError(checked.refusal);
    saveSettings(checked.settings);
  });
  return settingsView();
}

export function resetSettings(): SettingsView {
  services().lock.withDocumentLock(() => saveSettings(defaultSettings()));
  return settingsView();
}
