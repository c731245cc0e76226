import type { Generated } from 'kysely';
import type { TargetKind } from '../../../shared/features/strategy/targets';

/** Columns of migrations/0009_strategy_targets.ts, camelCased. */
export interface StrategyTargetRow {
  id: Generated<number>;
  kind: TargetKind;
  value: number;
  dueOn: string;
  note: Generated<string>;
  deletedAt: string | null;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
  version: Generated<number>;
}

export interface StrategyTargetPointRow {
  targetId: number;
  /** Office day, `YYYY-MM-DD`. */
  onDay: string;
  value: number;
  reason: 'audit' | 'month';
  recordedAt: string;
}

export interface StrategyTables {
  strategyTargets: StrategyTargetRow;
  strategyTargetPoints: StrategyTargetPointRow;
}
