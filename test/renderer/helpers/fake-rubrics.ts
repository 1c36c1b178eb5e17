/**
 * The rubric and plan channels of the fake backend, over in-memory maps. The checks are the
 * shared pure functions the main process uses (checkRubricContent, parseRubricFile, checkPlan,
 * presets), so the UI sees the same problems, codes and refusals as in the real app.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { canonicalJson } from '../../../src/shared/canonical-json';
import type { Handlers } from '../../../src/shared/contract/contract';
import type { Formasi, Selection } from '../../../src/shared/domain/selection';
import { AppError } from '../../../src/shared/errors';
import type { EntrySummary } from '../../../src/shared/journal/entry';
import { checkPlan, type RubricRef } from '../../../src/shared/plan/check-plan';
import type { ScoringPlan } from '../../../src/shared/plan/plan';
import type { FormasiPlanView } from '../../../src/shared/plan/plan-view';
import { checkRubricContent } from '../../../src/shared/rubric/check-rubric';
import { templateSummary } from '../../../src/shared/rubric/rubric-views';
import {
  parseRubricFile,
  rubricFile,
  type RubricFile,
  type RubricFileProblem,
} from '../../../src/shared/rubric/rubric-file';
import type {
  RubricDraftContent,
  RubricOrigin,
  RubricSummary,
  RubricVersion,
} from '../../../src/shared/rubric/rubric';

/** The rubric and plan channels. */
export type RubricChannel = Extract<keyof Handlers, `rubric:${string}` | `plan:${string}`>;

/** What the rubric fake needs from the rest of the fake backend. */
export interface FakeContext {
  selections: ReadonlyMap<string, Pick<Selection, 'id' | 'name'>>;
  formasi: ReadonlyMap<string, Omit<Formasi, 'candidateCount'>>;
  journal: ReadonlyArray<EntrySummary & { entities: string[] }>;
  record(kind: string, entities: string[]): void;
  id(): string;
  now(): string;
}

/** A stored plan and its lock. */
export interface StoredPlan {
  plan: ScoringPlan;
  updatedAt: string;
  lockedAt: string | null;
  lockNote: string | null;
}

/** The built-in templates, read from resources/rubrics like the main process does. */
export function loadTemplates(): Array<{ templateId: string; rubric: RubricFile['rubric'] }> {
  const folder = resolve(__dirname, '../../../resources/rubrics');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(folder, name), 'utf8');
      const parsed = parseRubricFile(text, text.length);
      if (!parsed.ok) throw new Error(`template ${name} is invalid`);
      return { templateId: name.slice(0, -'.json'.length), rubric: parsed.file.rubric };
    });
}

/** SHA-256 of the canonical JSON of `content`, as the main process hashes it. */
export function contentHash(content: RubricDraftContent): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** In-memory rubrics and plans. */
export class FakeRubrics {
  readonly rubrics = new Map<string, RubricVersion>();
  readonly plans = new Map<string, StoredPlan>();
  readonly templates = loadTemplates();

  constructor(private readonly ctx: FakeContext) {}

  /** Adds a version directly (published by default). */
  seed(content: RubricDraftContent, status: RubricVersion['status'] = 'published'): RubricVersion {
    const draft = this.createDraft(this.ctx.id(), 1, content, { type: 'new' });
    if (status === 'draft') return draft;
    const now = this.ctx.now();
    return this.put({
      ...draft,
      status,
      publishedAt: now,
      retiredAt: status === 'retired' ? now : null,
    });
  }

  /** Gives a formasi a plan directly (checked like plan:set). */
  seedPlan(formasiId: string, plan: ScoringPlan, locked = false): void {
    this.setPlan(formasiId, plan, null);
    const stored = this.plans.get(formasiId);
    if (stored && locked) stored.lockedAt = this.ctx.now();
  }

  readonly handlers: Pick<Handlers, RubricChannel> = {
    'rubric:list': ({ includeRetired }) =>
      [...this.rubrics.values()]
        .filter((r) => includeRetired || r.status !== 'retired')
        .sort(
          (a, b) =>
            a.content.title.localeCompare(b.content.title, 'id', { sensitivity: 'base' }) ||
            a.rubricId.localeCompare(b.rubricId) ||
            b.version - a.version,
        )
        .map((r) => this.summary(r)),
    'rubric:get': ({ id }) => {
      const rubric = this.get(id);
      const history = this.ctx.journal
        .filter((e) => e.entities.includes(id) || e.entities.includes(rubric.rubricId))
        .map(({ entities: _e, ...entry }) => entry);
      return { rubric, history, usedBy: this.uses(id) };
    },
    'rubric:templates': () =>
      this.templates.map(({ templateId, rubric }) =>
        templateSummary(
          templateId,
          rubric,
          this.rubrics.get(rubric.id)?.contentHash === rubric.contentHash,
        ),
      ),
    'rubric:fromTemplate': ({ templateId, mode }) => {
      const template = this.templates.find((t) => t.templateId === templateId);
      if (!template) throw new AppError('rubric.templateNotFound', { template: templateId });
      const origin: RubricOrigin = { type: 'template', templateId };
      if (mode === 'copy')
        return this.createDraft(this.ctx.id(), 1, template.rubric.content, origin);
      return this.rubrics.get(template.rubric.id) ?? this.install(template.rubric, origin);
    },
    'rubric:create': ({ content }) => this.createDraft(this.ctx.id(), 1, content, { type: 'new' }),
    'rubric:duplicate': ({ id }) => {
      const source = this.get(id);
      return this.createDraft(
        this.ctx.id(),
        1,
        { ...source.content, title: `Salinan — ${source.content.title}` },
        { type: 'copy', versionId: source.id, contentHash: source.contentHash },
      );
    },
    'rubric:newVersion': ({ id }) => {
      const source = this.get(id);
      if (source.status === 'draft') throw new AppError('rubric.notPublished');
      const lineage = [...this.rubrics.values()].filter((r) => r.rubricId === source.rubricId);
      const draft = lineage.find((r) => r.status === 'draft');
      if (draft) throw new AppError('rubric.draftExists', { version: draft.version });
      return this.createDraft(
        source.rubricId,
        Math.max(...lineage.map((r) => r.version)) + 1,
        source.content,
        { type: 'new-version', versionId: source.id, contentHash: source.contentHash },
      );
    },
    'rubric:saveDraft': ({ id, content }) => {
      const draft = this.requireDraft(id);
      this.ctx.record('rubric.draftSaved', [id]);
      return this.put({
        ...draft,
        content,
        contentHash: contentHash(content),
        updatedAt: this.ctx.now(),
      });
    },
    'rubric:publish': ({ id }) => {
      const draft = this.requireDraft(id);
      const check = checkRubricContent(draft.content);
      if (!check.ok) {
        throw new AppError('rubric.invalid', { count: check.problems.length }, check.problems);
      }
      this.ctx.record('rubric.published', [id]);
      const now = this.ctx.now();
      return this.put({
        ...draft,
        status: 'published',
        contentHash: contentHash(check.content),
        publishedAt: now,
        updatedAt: now,
      });
    },
    'rubric:retire': ({ id }) => {
      const rubric = this.get(id);
      if (rubric.status !== 'published') throw new AppError('rubric.notPublished');
      const count = new Set(this.uses(id).map((use) => use.formasiId)).size;
      if (count > 0) throw new AppError('rubric.inUse', { count });
      this.ctx.record('rubric.retired', [id]);
      const now = this.ctx.now();
      return this.put({ ...rubric, status: 'retired', retiredAt: now, updatedAt: now });
    },
    'rubric:deleteDraft': ({ id }) => {
      this.requireDraft(id);
      this.rubrics.delete(id);
      this.ctx.record('rubric.draftDeleted', [id]);
      return { deleted: true as const };
    },
    'rubric:export': ({ id }) => {
      const { rubricId, version, status, contentHash: hash, content } = this.get(id);
      const file = rubricFile(
        { id, rubricId, version, status, contentHash: hash, content },
        this.ctx.now(),
      );
      return {
        fileName: `rubrik-v${version}.rubrik.json`,
        text: `${JSON.stringify(file, null, 2)}\n`,
      };
    },
    'rubric:import': ({ fileName, text }) => {
      const parsed = parseRubricFile(text, new TextEncoder().encode(text).byteLength);
      if (!parsed.ok) {
        const count = parsed.problems.length;
        throw new AppError('rubric.fileInvalid', { file: fileName, count }, parsed.problems);
      }
      const { rubric } = parsed.file;
      const origin: RubricOrigin = { type: 'file', fileName };
      if (rubric.status === 'draft') {
        return {
          rubric: this.createDraft(this.ctx.id(), 1, rubric.content, origin),
          outcome: 'imported' as const,
        };
      }
      if (contentHash(rubric.content) !== rubric.contentHash) {
        const problem: RubricFileProblem = {
          path: ['rubric', 'contentHash'],
          code: 'hashMismatch',
          params: {},
        };
        throw new AppError('rubric.hashMismatch', { file: fileName }, [problem]);
      }
      const present = this.rubrics.get(rubric.id);
      if (present) return { rubric: present, outcome: 'alreadyPresent' as const };
      return { rubric: this.install(rubric, origin), outcome: 'imported' as const };
    },
    'plan:list': ({ selectionId }) => {
      if (!this.ctx.selections.has(selectionId)) throw new AppError('selection.notFound');
      return [...this.ctx.formasi.values()]
        .filter((f) => f.selectionId === selectionId)
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((f) => this.view(f.id));
    },
    'plan:get': ({ formasiId }) => this.view(formasiId),
    'plan:set': ({ formasiId, plan, reason }) => {
      this.setPlan(formasiId, plan, reason);
      return this.view(formasiId);
    },
    'plan:lock': ({ formasiId, note }) => {
      const stored = this.plans.get(formasiId);
      if (!stored) throw new AppError('plan.notFound');
      if (stored.lockedAt) throw new AppError('plan.alreadyLocked', { lockedAt: stored.lockedAt });
      stored.lockedAt = this.ctx.now();
      stored.lockNote = note;
      this.ctx.record('plan.locked', [formasiId]);
      return this.view(formasiId);
    },
    'plan:copy': ({ fromFormasiId, toFormasiIds, reason }) => {
      const source = this.plans.get(fromFormasiId);
      if (!source) throw new AppError('plan.notFound');
      const targets = [...new Set(toFormasiIds)].filter((id) => id !== fromFormasiId);
      // All or none: every target is checked before any changes.
      for (const id of targets) this.refusePlan(id, source.plan, reason);
      for (const id of targets) this.setPlan(id, source.plan, reason);
      return targets.map((id) => this.view(id));
    },
  };

  private refusePlan(formasiId: string, plan: ScoringPlan, reason: string | null): void {
    if (!this.ctx.formasi.has(formasiId)) throw new AppError('formasi.notFound');
    if (this.plans.get(formasiId)?.lockedAt && reason === null) {
      throw new AppError('plan.lockedNeedsReason');
    }
    const { errors } = checkPlan(plan, this.refs());
    if (errors.length > 0) throw new AppError('plan.invalid', { count: errors.length }, errors);
  }

  private setPlan(formasiId: string, plan: ScoringPlan, reason: string | null): void {
    this.refusePlan(formasiId, plan, reason);
    const current = this.plans.get(formasiId);
    this.plans.set(formasiId, {
      plan,
      updatedAt: this.ctx.now(),
      lockedAt: current?.lockedAt ?? null,
      lockNote: current?.lockNote ?? null,
    });
    this.ctx.record('plan.set', [formasiId]);
  }

  private view(formasiId: string): FormasiPlanView {
    const formasi = this.ctx.formasi.get(formasiId);
    if (!formasi) throw new AppError('formasi.notFound');
    const stored = this.plans.get(formasiId);
    const base = { formasiId, formasiCode: formasi.code, jabatan: formasi.jabatan };
    if (!stored) {
      return {
        ...base,
        plan: null,
        updatedAt: null,
        lockedAt: null,
        lockNote: null,
        errors: [],
        warnings: [],
      };
    }
    return { ...base, ...stored, ...checkPlan(stored.plan, this.refs()) };
  }

  private refs(): Map<string, RubricRef> {
    return new Map(
      [...this.rubrics.values()].map((r) => [
        r.id,
        { status: r.status, contentHash: r.contentHash },
      ]),
    );
  }

  private uses(id: string) {
    const uses = [];
    for (const [formasiId, { plan }] of this.plans) {
      const formasi = this.ctx.formasi.get(formasiId);
      const selection = formasi ? this.ctx.selections.get(formasi.selectionId) : undefined;
      if (!formasi || !selection) continue;
      for (const component of plan.components) {
        if (component.source.type === 'rubric' && component.source.rubricVersionId === id) {
          uses.push({
            selectionId: selection.id,
            selectionName: selection.name,
            formasiId,
            formasiCode: formasi.code,
            componentLabel: component.label,
          });
        }
      }
    }
    return uses;
  }

  private summary(rubric: RubricVersion): RubricSummary {
    const { content, ...rest } = rubric;
    return {
      ...rest,
      title: content.title,
      kind: content.kind,
      aspectCount: content.aspects.length,
      usedBy: this.uses(rubric.id).length,
    };
  }

  private createDraft(
    rubricId: string,
    version: number,
    content: RubricDraftContent,
    origin: RubricOrigin,
  ): RubricVersion {
    const id = this.ctx.id();
    const now = this.ctx.now();
    this.ctx.record('rubric.created', [id, rubricId]);
    return this.put({
      id,
      rubricId,
      version,
      status: 'draft',
      content,
      contentHash: contentHash(content),
      origin,
      createdAt: now,
      updatedAt: now,
      publishedAt: null,
      retiredAt: null,
    });
  }

  private install(carried: RubricFile['rubric'], origin: RubricOrigin): RubricVersion {
    const now = this.ctx.now();
    this.ctx.record('rubric.imported', [carried.id, carried.rubricId]);
    return this.put({
      ...carried,
      origin,
      createdAt: now,
      updatedAt: now,
      publishedAt: now,
      retiredAt: carried.status === 'retired' ? now : null,
    });
  }

  private put(rubric: RubricVersion): RubricVersion {
    this.rubrics.set(rubric.id, rubric);
    return rubric;
  }

  private get(id: string): RubricVersion {
    const rubric = this.rubrics.get(id);
    if (!rubric) throw new AppError('rubric.notFound');
    return rubric;
  }

  private requireDraft(id: string): RubricVersion {
    const rubric = this.get(id);
    if (rubric.status !== 'draft') {
      throw new AppError('rubric.notDraft', { version: rubric.version, status: rubric.status });
    }
    return rubric;
  }
}
