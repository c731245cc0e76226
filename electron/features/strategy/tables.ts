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

/** Columns of migrations/0010_people.ts. */
export interface PersonRow {
  id: Generated<number>;
  name: string;
  jobTitle: Generated<string>;
  department: Generated<string>;
  email: Generated<string>;
  phone: Generated<string>;
  /** 0 or 1. */
  committee: Generated<number>;
  deletedAt: string | null;
  createdAt: Generated<string>;
  updatedAt: Generated<string>;
  version: Generated<number>;
}

export interface PersonTrainingRow {
  id: Generated<number>;
  personId: number;
  topic: Generated<string>;
  onDay: string;
  givenBy: Generated<string>;
  createdAt: Generated<string>;
}

export interface PeopleTables {
  people: PersonRow;
  personTrainings: PersonTrainingRow;
}
