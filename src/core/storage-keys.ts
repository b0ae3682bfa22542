/**
 * Names of the document properties the add-in keeps. The mapping is split by part so that no
 * single value nears Apps Script's 9 KB per-value limit.
 */
export const MAPPING_PARTS = ['register', 'groups', 'keepApart', 'lessonTimetable', 'staffAvailability', 'responses', 'termDates'] as const;
export type MappingPart = (typeof MAPPING_PARTS)[number];

const PREFIX = 'ip.';
export const SETTINGS_PROPERTY = `${PREFIX}settings`;
export const RESOLVED_PUPILS_PROPERTY = `${PREFIX}resolvedPupils`;
/** Fields setup did not find that the user chose to carry on without (`register.room`). */
export const FIELDS_LEFT_PROPERTY = `${PREFIX}fieldsLeft`;
export const PHASE_CHOICES_PROPERTY = `${PREFIX}phaseChoices`;
export const ITEM_CHOICES_PROPERTY = `${PREFIX}itemChoices`;
export const FORMS_PROPERTY = `${PREFIX}forms`;
/** The secret pupils' personal codes are made with: staff-only, like the rest of the spreadsheet. */
export const FORM_SECRET_PROPERTY = `${PREFIX}formSecret`;
/** The sheet ids of the add-in's tabs a form submission writes to, by key, so it finds them without a search. */
export const OWN_TAB_IDS_PROPERTY = `${PREFIX}ownTabIds`;

export function mappingProperty(part: MappingPart): string {
  return `${PREFIX}mapping.${part}`;
}
