/**
 * The emulated SpreadsheetApp and Charts services over the host's workbook. Every object is a
 * view of `host.workbook`: no state lives in the objects, so the .xlsx bridge can save it all.
 */
import type { EmulatorHost } from '../host';
import { SpreadsheetAppImpl } from './app';
import { ChartsImpl } from './charts';
import { newContext } from './context';

export interface SpreadsheetServices {
  readonly SpreadsheetApp: object;
  readonly Charts: object;
}

/** `ui` is the emulated Ui object that `SpreadsheetApp.getUi()` returns. */
export function createSpreadsheetServices(host: EmulatorHost, ui: object): SpreadsheetServices {
  const ctx = newContext(host, ui);
  return { SpreadsheetApp: new SpreadsheetAppImpl(ctx), Charts: new ChartsImpl() };
}
