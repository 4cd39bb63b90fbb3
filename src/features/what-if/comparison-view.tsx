/**
 * Compare scenarios: pin the current plan as A, change answers (in the questionnaire, here, or with "Compare" on
 * a decisive answer) or choose an approach by hand, and see A, B and C side by side with the differences marked;
 * export the comparison as Markdown or PDF, or share it as one link. A shared comparison shows the same table,
 * read-only. The plans are worked out by the engine from each scenario's answers; nothing here is typed by hand.
 */
import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { downloadFile, slugify } from '@/components/ui/download';
import { formatNumber } from '@/domain/format';
import type { Notes } from '@/domain/notes';
import type { ApproachId } from '@/domain/plan';
import type { Answers } from '@/domain/questions';
import { evaluate, RULESET_VERSION } from '@/engine';
import { compareScenarios, type Changes, type ComparedPlan, type Comparison } from '@/engine/what-if';
import { applyChanges } from '@/engine/what-if/probe';
import { ComparisonTable } from './comparison-table';
import { ScenarioEditor } from './scenario-editor';
import { MAX_SCENARIOS, type Scenario, type ScenarioStore } from './scenario-store';
import './what-if.css';

export interface ScenarioInput {
  name: string;
  answers: Answers;
  forceApproach?: ApproachId;
}

export interface ComparisonExportOptions {
  title: string;
  generatedAt: string;
  rulesetVersion: string;
}

/** What the shell lends the view: the exporters and the link builder live in other features. */
export interface ComparisonServices {
  markdown: (comparison: Comparison, opts: ComparisonExportOptions) => string;
  pdf: (
    comparison: Comparison,
    opts: ComparisonExportOptions,
    onProgress: (share: number) => void,
  ) => Promise<Uint8Array>;
  /** The share link of a comparison (the first scenario's answers, the others as differences), or null. */
  link?: (scenarios: ScenarioInput[], notes: Notes) => string | null;
}

export interface ComparisonViewProps {
  level?: 2 | 3;
  today: string;
  services: ComparisonServices;
  /** The draft's answers: an editable comparison beside them. */
  current?: { answers: Answers; notes: Notes };
  store?: ScenarioStore;
  /** A shared comparison's scenarios, read-only. */
  shared?: ScenarioInput[];
  /** Makes a scenario's answers the draft (the shell keeps the draft it replaces as an earlier version). */
  onOpen?: (answers: Answers) => void;
}

const LETTERS = ['A', 'B', 'C', 'D'];
const same = (a: Answers, b: Answers) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
const sorted = (a: Answers) => Object.fromEntries(Object.entries(a).sort(([x], [y]) => (x < y ? -1 : 1)));

/** Set by `tryInComparison`: the next time the comparison changes, its heading takes the focus. */
let focusRequested = false;

/**
 * A variation tried from the what-if analysis: the current answers pinned as A (if nothing is pinned yet) and the
 * variation added as the next scenario. Returns false when the comparison is full.
 */
export function tryInComparison(
  store: ScenarioStore,
  current: Answers,
  changes: Changes,
  name: string,
): boolean {
  const { scenarios } = store.getState();
  if (scenarios.length === 0) store.add({ name: 'As answered', answers: current });
  if (store.getState().scenarios.length >= MAX_SCENARIOS) return false;
  focusRequested = true;
  return !!store.add({ name, answers: applyChanges(current, changes) });
}

const idle = () => () => {};
const nothing = { scenarios: [] as Scenario[], previous: [] as Scenario[], unsaved: null };

export function ComparisonView({
  level = 2,
  today,
  services,
  current,
  store,
  shared,
  onOpen,
}: ComparisonViewProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const state = useSyncExternalStore(store?.subscribe ?? idle, store?.getState ?? (() => nothing));
  const [editing, setEditing] = useState<string | null>(null);
  // Where the focus goes when the editor closes: the Edit button of the scenario it edited.
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    if (editing !== null || refocus.current === null) return;
    editButtons.current.get(refocus.current)?.focus();
    refocus.current = null;
  }, [editing]);
  const [status, setStatus] = useState<{ kind: 'done' | 'busy' | 'error'; text: string } | null>(null);
  const [copied, setCopied] = useState<{ link: string; ok: boolean } | null>(null);
  const linkFieldId = useId();
  const pinned = state.scenarios;

  // The columns: the pinned scenarios (or the shared ones), then the current answers when no scenario holds them.
  const inputs: (ScenarioInput & { label: string; id?: string })[] = useMemo(() => {
    if (shared) return shared.map((s, i) => ({ ...s, label: LETTERS[i] ?? String(i + 1) }));
    const cols: (ScenarioInput & { label: string; id?: string })[] = pinned.map((s, i) => ({
      ...s,
      label: LETTERS[i]!,
    }));
    if (current && pinned.length && !pinned.some((s) => !s.forceApproach && same(s.answers, current.answers)))
      cols.push({ name: 'Your current answers', answers: current.answers, label: 'Now' });
    return cols;
  }, [shared, pinned, current]);

  const compared: ComparedPlan[] = useMemo(
    () =>
      inputs.map((s) => ({
        label: s.label,
        name: s.name,
        answers: s.answers,
        ...(s.forceApproach ? { forceApproach: s.forceApproach } : {}),
        plan: evaluate(s.answers, { today, ...(s.forceApproach ? { forceApproach: s.forceApproach } : {}) }),
      })),
    [inputs, today],
  );
  const comparison = useMemo(() => compareScenarios(compared), [compared]);

  useEffect(() => {
    if (focusRequested) {
      focusRequested = false;
      headingRef.current?.scrollIntoView?.({ block: 'start' });
      headingRef.current?.focus();
    }
  }, [pinned]);

  const title = (() => {
    const n = inputs[0]?.answers.projectName;
    return typeof n === 'string' ? n.trim() : '';
  })();
  const exportOpts = (): ComparisonExportOptions => ({
    title,
    generatedAt: new Date().toISOString(),
    rulesetVersion: RULESET_VERSION,
  });
  const fileName = (ext: string) =>
    `scopewise-comparison-${slugify(title, 'plan')}-${new Date().toISOString().slice(0, 10)}.${ext}`;

  const downloadMarkdown = () => {
    setCopied(null);
    const name = fileName('md');
    downloadFile(name, services.markdown(comparison, exportOpts()), 'text/markdown;charset=utf-8');
    setStatus({ kind: 'done', text: `Comparison saved as ${name}.` });
  };
  const downloadPdf = async () => {
    if (status?.kind === 'busy') return;
    setCopied(null);
    setStatus({ kind: 'busy', text: 'Preparing the PDF…' });
    try {
      const bytes = await services.pdf(comparison, exportOpts(), () => {});
      const name = fileName('pdf');
      downloadFile(name, new Uint8Array(bytes), 'application/pdf');
      setStatus({ kind: 'done', text: `Comparison saved as ${name}.` });
    } catch (e) {
      setStatus({
        kind: 'error',
        text: `The PDF could not be made (${(e as Error).message || 'unknown error'}). The Markdown has the same comparison.`,
      });
    }
  };

  const link = useMemo(
    () =>
      services.link && inputs.length > 1
        ? services.link(
            inputs.map(({ name, answers, forceApproach }) => ({
              name,
              answers,
              ...(forceApproach ? { forceApproach } : {}),
            })),
            current?.notes ?? {},
          )
        : null,
    [services, inputs, current],
  );
  const copyLink = async (url: string) => {
    // The status line says what happened last: a download's message gives way to the copy's.
    setStatus(null);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setCopied({ link: url, ok: true });
    } catch {
      setCopied({ link: url, ok: false });
    }
  };

  const Heading = level === 2 ? 'h2' : 'h3';
  const editingScenario = pinned.find((s) => s.id === editing);
  const editable = !!store && !shared;
  const full = pinned.length >= MAX_SCENARIOS;

  return (
    <section className="sw-section wi-section" aria-labelledby={headingId}>
      <Heading id={headingId} ref={headingRef} tabIndex={-1}>
        Compare scenarios
      </Heading>
      {shared ? (
        <p>
          The scenarios this link was shared with, each worked out from its own answers. Differences are
          against A.
        </p>
      ) : (
        <p>
          Pin this plan as A, then change answers (here, in the questionnaire, or with “Compare” above) or
          choose an approach by hand, and see the plans side by side. Differences from A are marked. Pinned
          scenarios are kept in this browser only.
        </p>
      )}
      {editable && state.unsaved ? (
        <p className="notice warning">
          {state.unsaved === 'unreadable'
            ? 'Scenarios saved in this browser by another version could not be read; they are left as they are. The ones here last until you close the page.'
            : 'Scenarios cannot be saved in this browser right now (storage is full or unavailable); they last until you close the page. Export or share the comparison to keep it.'}
        </p>
      ) : null}
      {editable && pinned.length === 0 && current ? (
        <div className="wi-actions">
          <button
            type="button"
            className="primary"
            onClick={() => store.add({ name: 'As answered', answers: current.answers })}
          >
            Pin this plan as A
          </button>
          {state.previous.length ? (
            <button type="button" className="secondary" onClick={() => store.restorePrevious()}>
              Bring back your earlier comparison ({state.previous.length} scenarios)
            </button>
          ) : null}
        </div>
      ) : null}
      {inputs.length === 1 ? (
        <p className="wi-empty">
          A is pinned. Change an answer in the questionnaire or add a scenario below, and it appears beside A.
        </p>
      ) : null}
      {inputs.length > 1 ? <ComparisonTable comparison={comparison} /> : null}
      {editable && pinned.length ? (
        <ul className="wi-scenarios" aria-label="Pinned scenarios">
          {pinned.map((s, i) => (
            <li key={s.id}>
              <span>
                <strong>{LETTERS[i]}</strong> {s.name}
              </span>{' '}
              <button
                type="button"
                className="link"
                aria-label={`Edit scenario ${LETTERS[i]}`}
                ref={(el) => {
                  if (el) editButtons.current.set(s.id, el);
                  else editButtons.current.delete(s.id);
                }}
                onClick={() => setEditing(s.id)}
              >
                Edit
              </button>{' '}
              {i > 0 ? (
                <button
                  type="button"
                  className="link"
                  aria-label={`Make scenario ${LETTERS[i]} the one others are compared with`}
                  onClick={() => store.makeFirst(s.id)}
                >
                  Make it A
                </button>
              ) : null}{' '}
              {onOpen ? (
                <button
                  type="button"
                  className="link"
                  aria-label={`Open scenario ${LETTERS[i]} in the questionnaire`}
                  onClick={() => onOpen(s.answers)}
                >
                  Open in the questionnaire
                </button>
              ) : null}{' '}
              <button
                type="button"
                className="link"
                aria-label={`Remove scenario ${LETTERS[i]}`}
                onClick={() => {
                  if (editing === s.id) setEditing(null);
                  store.remove(s.id);
                  // The button is gone with its scenario: the section's heading keeps the reader's place.
                  headingRef.current?.focus();
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {editable && pinned.length > 0 && !full ? (
        <div className="wi-actions">
          {current && inputs.some((c) => c.label === 'Now') ? (
            <button
              type="button"
              className="secondary"
              onClick={() => store.add({ name: 'Your current answers', answers: current.answers })}
            >
              Pin your current answers as {LETTERS[pinned.length]}
            </button>
          ) : null}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              const a = pinned[0]!;
              const added = store.add({ name: `Scenario ${LETTERS[pinned.length]}`, answers: a.answers });
              if (added) setEditing(added.id);
            }}
          >
            Add a scenario from A
          </button>
        </div>
      ) : null}
      {editable && editingScenario ? (
        <ScenarioEditor
          scenario={editingScenario}
          label={LETTERS[pinned.indexOf(editingScenario)]!}
          base={pinned[0] === editingScenario ? undefined : pinned[0]!.answers}
          onChange={(patch) => store.update(editingScenario.id, patch)}
          onDone={() => {
            refocus.current = editingScenario.id;
            setEditing(null);
          }}
        />
      ) : null}
      {inputs.length > 1 ? (
        <div className="wi-exports" role="group" aria-label="Export or share the comparison">
          <button type="button" className="secondary small" onClick={downloadMarkdown}>
            Download comparison (Markdown)
          </button>
          <button
            type="button"
            className="secondary small"
            aria-disabled={status?.kind === 'busy'}
            onClick={() => void downloadPdf()}
          >
            {status?.kind === 'busy' ? 'Preparing PDF…' : 'Download comparison (PDF)'}
          </button>
          {link ? (
            <>
              <button type="button" className="secondary small" onClick={() => void copyLink(link)}>
                Copy comparison link
              </button>
              <span className="wi-muted">Link length: {formatNumber(link.length)} characters</span>
            </>
          ) : null}
          {copied && copied.link === link && !copied.ok ? (
            <div className="wi-field">
              <label htmlFor={linkFieldId}>Comparison link</label>
              <input
                id={linkFieldId}
                type="text"
                readOnly
                value={link ?? ''}
                onFocus={(e) => e.currentTarget.select()}
                autoFocus
              />
            </div>
          ) : null}
          <p role="status" className="wi-muted">
            {status && status.kind !== 'error'
              ? status.text
              : copied && copied.link === link
                ? copied.ok
                  ? 'Comparison link copied to the clipboard.'
                  : 'Copying is not available here: the link is in the field above, copy it with Ctrl+C (⌘C on a Mac).'
                : ''}
          </p>
          <p role="alert" className="wi-error">
            {status?.kind === 'error' ? status.text : ''}
          </p>
        </div>
      ) : null}
    </section>
  );
}
