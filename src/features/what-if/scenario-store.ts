/**
 * Pinned scenarios: up to three answer sets (each with a name and, optionally, an approach forced by hand) kept in
 * this browser's storage beside the draft, so a comparison survives a reload and is the same in every tab. The
 * stored form is validated when read; what cannot be read is left in storage, never overwritten, until the user
 * clears the comparison. A comparison replaced wholesale (by one opened from a link) is kept as `previous`, so it
 * can be brought back. When storage refuses to write, the scenarios live on in this page and the view says so.
 */
import { answersSchema } from '@/domain/answers';
import { approachIds, type ApproachId } from '@/domain/plan';
import type { Answers } from '@/domain/questions';

export const SCENARIOS_KEY = 'scopewise.scenarios.v1';
export const MAX_SCENARIOS = 3;
export const NAME_MAX = 60;

export interface Scenario {
  id: string;
  name: string;
  answers: Answers;
  forceApproach?: ApproachId;
}

export interface ScenarioState {
  scenarios: Scenario[];
  /** The comparison a replacement pushed out, to bring back. */
  previous: Scenario[];
  /** Why the last write failed, if it did: the scenarios then live only in this page. */
  unsaved: 'full' | 'unavailable' | 'unreadable' | null;
}

const empty: ScenarioState = { scenarios: [], previous: [], unsaved: null };

function parseScenario(x: unknown): Scenario | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const o = x as Record<string, unknown>;
  if (typeof o.id !== 'string' || typeof o.name !== 'string') return undefined;
  const answers = answersSchema.safeParse(o.answers);
  if (!answers.success) return undefined;
  const force = approachIds.find((a) => a === o.forceApproach);
  if (o.forceApproach !== undefined && !force) return undefined;
  return {
    id: o.id,
    name: o.name.slice(0, NAME_MAX),
    answers: answers.data,
    ...(force ? { forceApproach: force } : {}),
  };
}

const parseList = (x: unknown): Scenario[] | undefined => {
  if (!Array.isArray(x)) return undefined;
  const list = x.map(parseScenario);
  return list.every((s): s is Scenario => !!s) ? list.slice(0, MAX_SCENARIOS) : undefined;
};

/** What storage holds; `unreadable` when something is there that this version cannot read (left untouched). */
export function readScenarios(storage: Storage | null): ScenarioState {
  if (!storage) return { ...empty, unsaved: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(SCENARIOS_KEY);
  } catch {
    return { ...empty, unsaved: 'unavailable' };
  }
  if (raw === null) return empty;
  try {
    const json = JSON.parse(raw) as Record<string, unknown>;
    const scenarios = json.version === 1 ? parseList(json.scenarios) : undefined;
    const previous = json.previous === undefined ? [] : parseList(json.previous);
    if (scenarios && previous) return { scenarios, previous, unsaved: null };
  } catch {
    // Not JSON: unreadable, below.
  }
  return { ...empty, unsaved: 'unreadable' };
}

/** Writes the scenarios; returns why it could not, if it could not. Never throws. */
export function writeScenarios(
  storage: Storage | null,
  state: Pick<ScenarioState, 'scenarios' | 'previous'>,
): ScenarioState['unsaved'] {
  if (!storage) return 'unavailable';
  try {
    if (state.scenarios.length === 0 && state.previous.length === 0) storage.removeItem(SCENARIOS_KEY);
    else
      storage.setItem(
        SCENARIOS_KEY,
        JSON.stringify({ version: 1, scenarios: state.scenarios, previous: state.previous }),
      );
    return null;
  } catch (e) {
    return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22)
      ? 'full'
      : 'unavailable';
  }
}

let counter = 0;
export const newScenarioId = (): string => `${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** The scenarios store of one page: a value, its listeners, and the storage it mirrors. */
export class ScenarioStore {
  private state: ScenarioState;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly storage: Storage | null) {
    this.state = readScenarios(storage);
  }

  getState = (): ScenarioState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    const onStorage = (e: StorageEvent) => {
      if (e.key === SCENARIOS_KEY || e.key === null) this.reload();
    };
    if (this.listeners.size === 1 && typeof window !== 'undefined')
      window.addEventListener('storage', onStorage);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && typeof window !== 'undefined')
        window.removeEventListener('storage', onStorage);
    };
  };

  /** Another tab changed them. */
  reload(): void {
    const read = readScenarios(this.storage);
    // Scenarios that only live in this page (storage refused them) are not dropped for what storage holds.
    if (this.state.unsaved && read.unsaved) return;
    this.set(read);
  }

  private set(next: ScenarioState): void {
    this.state = next;
    for (const l of this.listeners) l();
  }

  private commit(scenarios: Scenario[], previous = this.state.previous): void {
    // What storage holds but cannot be read is not written over: the page keeps the scenarios meanwhile.
    const unsaved =
      this.state.unsaved === 'unreadable'
        ? 'unreadable'
        : writeScenarios(this.storage, { scenarios, previous });
    this.set({ scenarios, previous, unsaved });
  }

  add(s: Omit<Scenario, 'id'>): Scenario | undefined {
    if (this.state.scenarios.length >= MAX_SCENARIOS) return undefined;
    const scenario = { ...s, name: s.name.slice(0, NAME_MAX), id: newScenarioId() };
    this.commit([...this.state.scenarios, scenario]);
    return scenario;
  }

  update(id: string, patch: Partial<Omit<Scenario, 'id'>>): void {
    this.commit(
      this.state.scenarios.map((s) => {
        if (s.id !== id) return s;
        const next: Scenario = { ...s, ...patch, name: (patch.name ?? s.name).slice(0, NAME_MAX) };
        if (patch.forceApproach === undefined && 'forceApproach' in patch) delete next.forceApproach;
        return next;
      }),
    );
  }

  remove(id: string): void {
    this.commit(this.state.scenarios.filter((s) => s.id !== id));
  }

  /** Moves a scenario to the front: it becomes A, the one the others are compared with. */
  makeFirst(id: string): void {
    const s = this.state.scenarios.find((x) => x.id === id);
    if (s) this.commit([s, ...this.state.scenarios.filter((x) => x.id !== id)]);
  }

  /** Replaces the comparison (one opened from a link); the one it replaces can be brought back. */
  replaceAll(scenarios: Omit<Scenario, 'id'>[]): void {
    const next = scenarios.slice(0, MAX_SCENARIOS).map((s) => ({ ...s, id: newScenarioId() }));
    const previous = this.state.scenarios.length ? this.state.scenarios : this.state.previous;
    this.commit(next, previous);
  }

  restorePrevious(): void {
    if (!this.state.previous.length) return;
    this.commit(this.state.previous, this.state.scenarios);
  }

  /** Clears the comparison, including what could not be read (after the user chose to). */
  clear(): void {
    this.state = { ...this.state, unsaved: null };
    this.commit([], this.state.scenarios.length ? this.state.scenarios : this.state.previous);
  }
}
