/**
 * The actions, in menu order: each reads the sheet, lets the core decide, and writes its tabs. Every
 * list of actions (what found a problem, what the local runner runs) comes from this one.
 */
export const ACTIONS = ['setup', 'timetable', 'groups', 'score', 'impact', 'reviews', 'forum', 'reports', 'letters', 'costs'] as const;

export type ActionName = (typeof ACTIONS)[number];
