import {
  ColumnNode,
  ColumnUpdateNode,
  InsertQueryNode,
  type KyselyPlugin,
  OnConflictNode,
  type OperationNode,
  PrimitiveValueListNode,
  type QueryResult,
  type RootOperationNode,
  TableNode,
  UpdateQueryNode,
  ValueListNode,
  ValueNode,
  ValuesNode,
  AliasNode,
  IdentifierNode,
  ReferenceNode,
  type SelectionNode,
  SelectQueryNode,
  type UnknownRow,
} from 'kysely';

/** The tables users edit: each row says who changed it last (`changed_by`). */
export const tablesWithAuthor = new Set([
  'settings',
  'accounts',
  'audit_templates',
  'audit_runs',
  'campaigns',
  'posts',
  'special_days',
  'hashtag_sets',
  'playbooks',
  'contacts',
  'incidents',
  'strategy_targets',
  'people',
  'media',
]);

const COLUMN = 'changed_by';

/** Who works at this instance, asked at each write (the name can change while the app runs); null when nobody is named. */
export type Author = () => string | null;

function tableName(node: OperationNode | undefined): string | null {
  if (!node) return null;
  if (TableNode.is(node)) return node.table.identifier.name;
  if (AliasNode.is(node)) return tableName(node.node);
  return null;
}

/** The key a selection answers under: its alias, or the column it reads (`select *` and bare expressions name none). */
function answeredAs({ selection }: SelectionNode): string | null {
  if (AliasNode.is(selection)) return IdentifierNode.is(selection.alias) ? selection.alias.name : null;
  if (ReferenceNode.is(selection)) return ColumnNode.is(selection.column) ? selection.column.column.name : null;
  return ColumnNode.is(selection) ? selection.column.name : null;
}

/** Whether a query's answer names the column: read from its selections or its returning list, no deeper. */
function namesAuthor(node: RootOperationNode): boolean {
  const answered = SelectQueryNode.is(node) ? node.selections : 'returning' in node ? node.returning?.selections : undefined;
  return answered !== undefined && answered.some((s) => answeredAs(s) === COLUMN);
}

const names = (columns: readonly ColumnNode[] | undefined) => (columns ?? []).map((c) => c.column.name);
const authorUpdate = (who: string | null) => ColumnUpdateNode.create(ColumnNode.create(COLUMN), ValueNode.create(who));

/**
 * Every insert and update of those tables names the person this instance
 * belongs to, in one place, so no feature has to remember to. It works on
 * the query tree (after the snake_case mapping), on both engines alike;
 * `insert … select` and writes that already name an author are left as
 * written.
 */
export class ChangedByPlugin implements KyselyPlugin {
  constructor(private readonly who: Author) {}

  /** Queries that name the column in what they answer (the rest never show it: see transformResult). */
  private readonly asked = new WeakMap<object, true>();

  transformQuery({ node, queryId }: { node: RootOperationNode; queryId: object }): RootOperationNode {
    if (namesAuthor(node)) this.asked.set(queryId, true);
    if (InsertQueryNode.is(node)) return this.insert(node);
    if (UpdateQueryNode.is(node)) return this.update(node);
    return node;
  }

  private insert(node: InsertQueryNode): InsertQueryNode {
    const table = tableName(node.into);
    if (!table || !tablesWithAuthor.has(table) || !node.values || !ValuesNode.is(node.values)) return node;
    if (names(node.columns).includes(COLUMN)) return node;
    const who = this.who();
    const values = ValuesNode.create(
      node.values.values.map((row) =>
        PrimitiveValueListNode.is(row) ? PrimitiveValueListNode.create([...row.values, who]) : ValueListNode.create([...row.values, ValueNode.create(who)]),
      ),
    );
    const onConflict =
      node.onConflict?.updates && node.onConflict.updates.length > 0
        ? OnConflictNode.cloneWith(node.onConflict, { updates: [...node.onConflict.updates, authorUpdate(who)] })
        : node.onConflict;
    return InsertQueryNode.cloneWith(node, { columns: [...(node.columns ?? []), ColumnNode.create(COLUMN)], values, ...(onConflict ? { onConflict } : {}) });
  }

  private update(node: UpdateQueryNode): UpdateQueryNode {
    const table = tableName(node.table);
    if (!table || !tablesWithAuthor.has(table) || !node.updates) return node;
    if (node.updates.some((u) => ColumnNode.is(u.column) && u.column.column.name === COLUMN)) return node;
    return UpdateQueryNode.cloneWithUpdates(node, [authorUpdate(this.who())]);
  }

  /**
   * A `select *` (or `returning *`) would carry the column into every
   * answer built from a row, and from there into inputs that refuse keys
   * they do not know: only a query that names it gets it.
   */
  transformResult({ result, queryId }: { result: QueryResult<UnknownRow>; queryId: object }): Promise<QueryResult<UnknownRow>> {
    if (this.asked.has(queryId)) return Promise.resolve(result);
    if (!result.rows.some((r) => 'changedBy' in r || COLUMN in r)) return Promise.resolve(result);
    const rows = result.rows.map(({ changedBy: _a, [COLUMN]: _b, ...rest }) => rest);
    return Promise.resolve({ ...result, rows });
  }
}
