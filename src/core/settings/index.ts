/**
 * The school's settings: every threshold and default an action uses. Stored as JSON in document
 * properties and edited in the sidebar; `table.ts` holds each setting once.
 */
export { applyChange, checkChange } from './check';
export { refusal, type ChoiceMapSetting, type KeyedWordsSetting, type SettingDescriptor } from './kinds';
export { defaultSettings, settingsChangeSchema, settingsSchema } from './schema';
export { SECTIONS, SETTINGS, settingEntries, type Section, type SettingEntry, type Settings, type SettingsChange } from './table';
