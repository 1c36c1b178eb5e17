/** Fills the names of the ids an audit view shows, from the state tables. */
import type { Database, Statement } from 'better-sqlite3';
import type { AuditEntity, AuditField, AuditRef } from '../../../shared/audit/audit-view';

type Known = Pick<AuditRef, 'name' | 'detail'>;

const LOOKUPS: Partial<Record<AuditEntity, string>> = {
  selection: 'SELECT name, NULL AS detail FROM selections WHERE id = ?',
  formasi: 'SELECT code AS name, jabatan AS detail FROM formasi WHERE id = ?',
  candidate: 'SELECT nama AS name, nomor_peserta AS detail FROM candidates WHERE id = ?',
  assessor: 'SELECT nama AS name, role AS detail FROM assessors WHERE id = ?',
  rubric: 'SELECT title AS name, CAST(version AS TEXT) AS detail FROM rubric_versions WHERE id = ?',
  session: `SELECT room AS name, date || ' ' || start_time AS detail FROM sessions WHERE id = ?`,
  import: 'SELECT file_name AS name, NULL AS detail FROM candidate_imports WHERE id = ?',
};

/** Resolves ids to names, remembering each answer for the life of one request. */
export class NameResolver {
  private readonly cache = new Map<string, Known>();
  private readonly statements = new Map<AuditEntity, Statement>();

  constructor(private readonly db: Database) {}

  /** `fields` with every ref's name and detail filled where the state has them. */
  resolve(fields: readonly AuditField[]): AuditField[] {
    return fields.map((field) => {
      const { value } = field;
      if (value.type === 'ref') return { ...field, value: { ...value, ref: this.ref(value.ref) } };
      if (value.type === 'refs') {
        return { ...field, value: { ...value, refs: value.refs.map((ref) => this.ref(ref)) } };
      }
      return field;
    });
  }

  private ref(ref: AuditRef): AuditRef {
    const key = `${ref.entity}:${ref.id}`;
    let known = this.cache.get(key);
    if (!known) {
      const statement = this.statement(ref.entity);
      const row = statement ? (statement.get(ref.id) as Known | undefined) : undefined;
      // An entity that was deleted (a formasi, a draft) or not yet known here keeps its bare id.
      known = { name: row?.name ?? null, detail: row?.detail ?? null };
      this.cache.set(key, known);
    }
    return { ...ref, ...known };
  }

  private statement(entity: AuditEntity): Statement | null {
    const sql = LOOKUPS[entity];
    if (!sql) return null;
    let statement = this.statements.get(entity);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(entity, statement);
    }
    return statement;
  }
}

/** The words free-text search matches: the kind and every shown value, names included. */
export function searchText(kind: string, fields: readonly AuditField[]): string {
  const words: string[] = [kind];
  for (const { value } of fields) {
    if (value.type === 'text' || value.type === 'code') words.push(value.text);
    else if (value.type === 'number' || value.type === 'count') words.push(String(value.value));
    else if (value.type === 'ref') words.push(refWords(value.ref));
    else if (value.type === 'refs') words.push(...value.refs.map(refWords));
  }
  return words.join(' ').toLocaleLowerCase('id');
}

function refWords(ref: AuditRef): string {
  return [ref.name, ref.detail].filter((part) => part !== null).join(' ');
}
