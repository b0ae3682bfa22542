/** A generated tab from the snapshot, found by its key (never by its name, which users may change). */
import type { TabSnapshot, WorkbookSnapshot } from '../core/snapshot';

export function generatedTab(snapshot: WorkbookSnapshot, key: string): TabSnapshot | undefined {
  return snapshot.tabs.find((tab) => tab.generatedKey === key);
}
