/**
 * Reads bench/budgets.json, the one place the performance budgets are kept.
 * Used by the benchmark (npm run bench) and by the byte-budget test.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const BUDGET_IDS = [
  'jsFirstLoad',
  'cssFirstLoad',
  'precached',
  'lcpCold',
  'warmOffline',
  'tapP95',
  'heapAfterWalk',
] as const;

export type BudgetId = (typeof BUDGET_IDS)[number];
export type Unit = 'kB' | 'ms' | 'MB';

export interface Budget {
  label: string;
  max: number;
  unit: Unit;
}

/** Bytes in a kB and in an MB, as the budgets count them. */
export const KB = 1000;
export const MB = 1000 * 1000;

const BUDGETS_FILE = fileURLToPath(new URL('./budgets.json', import.meta.url));

export function loadBudgets(file = BUDGETS_FILE): Record<BudgetId, Budget> {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { budgets?: Record<string, unknown> };
  const budgets = {} as Record<BudgetId, Budget>;
  for (const id of BUDGET_IDS) {
    const entry = raw.budgets?.[id] as Partial<Budget> | undefined;
    if (
      typeof entry?.label !== 'string' ||
      typeof entry.max !== 'number' ||
      !['kB', 'ms', 'MB'].includes(entry.unit ?? '')
    ) {
      throw new Error(`${file}: budget "${id}" needs a label, a numeric max and a unit`);
    }
    budgets[id] = { label: entry.label, max: entry.max, unit: entry.unit as Unit };
  }
  return budgets;
}
