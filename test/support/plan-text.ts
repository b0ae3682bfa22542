/** How tests read a planned cell as text. */
import { isOwnFormula, type PlanCell } from '../../src/core/plan';

/** An own formula as its formula, any other cell as it prints. */
export function planCellText(cell: PlanCell): string {
  return isOwnFormula(cell) ? cell.formula : String(cell);
}
