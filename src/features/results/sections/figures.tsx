import { useId, useState } from 'react';
import { formatNumber } from '@/domain/format';
import { questionById, type Answers, type NumberQuestion, type TextQuestion } from '@/domain/questions';
import { editableDefaults } from '@/engine';
import { Heading } from '../heading';

/** The figures of the estimate a user may replace, as the results page asks them: ranges in pairs. */
const rows = [
  ['rateLow', 'rateHigh'],
  ['priceSmallLow', 'priceSmallHigh'],
  ['priceFrontierLow', 'priceFrontierHigh'],
  ['gpuCloudLow', 'gpuCloudHigh'],
  ['gpuOwnedLow', 'gpuOwnedHigh'],
  ['weeksPerMonth'],
] as const;
const figureIds = [...rows.flat(), 'currencySymbol'] as const;
type FigureId = (typeof figureIds)[number];

const numberQuestion = (id: string) => questionById.get(id) as NumberQuestion;

/** A figure as typed: empty (the default), a valid number, or the reason it is refused. */
function check(id: FigureId, raw: string): { value?: number | string; error?: string } {
  const text = raw.trim();
  if (text === '') return {};
  if (id === 'currencySymbol') {
    const q = questionById.get(id) as TextQuestion;
    return text.length > q.maxLength ? { error: `At most ${q.maxLength} characters.` } : { value: text };
  }
  const q = numberQuestion(id);
  const n = Number(text.replace(/[,_\s]/g, ''));
  if (!Number.isFinite(n) || n < q.min || n > q.max)
    return { error: `Enter a number between ${formatNumber(q.min)} and ${formatNumber(q.max)}.` };
  return { value: n };
}

interface Props {
  answers: Answers;
  /** Replaces every figure answer with these (an absent one goes back to its default). */
  onChange: (figures: Answers) => void;
}

/**
 * "Your figures": the estimate's rate, prices and GPU costs, which a user may replace with their own. A figure
 * takes effect when its field is left (or on Enter); the plan then recomputes everywhere, exports and link
 * included. Empty fields use the defaults, shown as placeholders with their source in the plan's assumptions.
 */
export function FiguresEditor({ answers, onChange }: Props) {
  const headingId = useId();
  const defaults = editableDefaults();
  const [draft, setDraft] = useState<Record<string, string>>(() =>
    Object.fromEntries(figureIds.map((id) => [id, answers[id] === undefined ? '' : String(answers[id])])),
  );
  const errors = Object.fromEntries(figureIds.map((id) => [id, check(id, draft[id] ?? '').error]));
  const edited = figureIds.some((id) => answers[id] !== undefined);

  const apply = (next: Record<string, string>) => {
    const figures: Answers = {};
    for (const id of figureIds) {
      const { value, error } = check(id, next[id] ?? '');
      // A figure that does not check keeps the one in force: nothing typed is thrown away, nothing wrong is used.
      if (error) {
        if (answers[id] !== undefined) figures[id] = answers[id];
      } else if (value !== undefined) figures[id] = value;
    }
    onChange(figures);
  };

  const field = (id: FigureId, placeholder: string, label: string) => {
    const errorId = `${headingId}-${id}-error`;
    return (
      <label className="sw-own-figure" key={id}>
        <span className="sw-own-figure__label">{label}</span>
        <input
          type="text"
          inputMode={id === 'currencySymbol' ? 'text' : 'decimal'}
          autoComplete="off"
          value={draft[id] ?? ''}
          placeholder={placeholder}
          aria-invalid={errors[id] ? true : undefined}
          aria-describedby={errors[id] ? errorId : undefined}
          onChange={(e) => setDraft({ ...draft, [id]: e.target.value })}
          onBlur={() => apply(draft)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') apply(draft);
          }}
        />
        {errors[id] && (
          <span className="sw-own-figure__error" id={errorId}>
            {errors[id]}
          </span>
        )}
      </label>
    );
  };

  return (
    <section className="sw-own-figures" aria-labelledby={headingId}>
      <Heading depth={2} id={headingId}>
        Your figures
      </Heading>
      <p>
        The estimate prices work at {defaults.currencySymbol}
        {formatNumber(defaults.ratePerEngineerWeek[0])}–{formatNumber(defaults.ratePerEngineerWeek[1])} an
        engineer-week and tokens at list prices. Put in your own and the plan, its exports and its link
        follow. Empty fields keep the defaults.
      </p>
      <div className="sw-own-figures__grid">
        {rows.map((pair) => {
          const q = numberQuestion(pair[0]);
          const label = q.label.replace(/, low end$/, '');
          const d = defaults[pair.length === 2 ? parameterOf[pair[0]] : 'weeksPerMonth'];
          const [lo, hi] = Array.isArray(d) ? d : [d, d];
          return (
            <fieldset key={pair[0]} className="sw-own-figures__row">
              <legend>
                {label} <span className="sw-own-figures__unit">({q.unit})</span>
              </legend>
              {pair.length === 2 ? (
                <>
                  {field(pair[0], formatNumber(lo), 'From')}
                  {field(pair[1], formatNumber(hi), 'to')}
                </>
              ) : (
                field(pair[0], formatNumber(lo), 'Weeks')
              )}
            </fieldset>
          );
        })}
        <fieldset className="sw-own-figures__row">
          <legend>Currency symbol</legend>
          {field('currencySymbol', defaults.currencySymbol, 'Symbol')}
        </fieldset>
      </div>
      {edited && (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            const cleared = Object.fromEntries(figureIds.map((id) => [id, '']));
            setDraft(cleared);
            onChange({});
          }}
        >
          Use the default figures
        </button>
      )}
    </section>
  );
}

/** Which parameter each range's low-end answer sets. */
const parameterOf = {
  rateLow: 'ratePerEngineerWeek',
  priceSmallLow: 'priceSmall',
  priceFrontierLow: 'priceFrontier',
  gpuCloudLow: 'gpuMonthlyCloud',
  gpuOwnedLow: 'gpuMonthlyOwned',
} as const;
