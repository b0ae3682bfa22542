/** The add-in's ports, implemented over Apps Script: the only object the entry points hand the actions. */
import type { Services } from '../core/ports';
import { formsPort } from './forms';
import { lockPort } from './lock';
import { propertiesPort } from './properties';
import { submissionPort } from './submissions';
import { uiPort } from './ui';
import { workbookPort } from './workbook';

export const appsScriptServices: Services = {
  workbook: workbookPort,
  properties: propertiesPort,
  lock: lockPort,
  forms: formsPort,
  submissions: submissionPort,
  ui: uiPort,
  log: { error: (kind) => console.error(`Intervention Planner: ${kind}`) },
};
