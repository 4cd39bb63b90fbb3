import { memo, useRef } from 'react';
import { Controller, useWatch, type Control, type FieldError, type UseFormRegister } from 'react-hook-form';
import {
  briefOf,
  UNSURE,
  type DateQuestion,
  type NumberQuestion,
  type Question,
  type TextQuestion,
} from '@/domain/questions';
import { formatNumber } from '@/domain/format';
import { formatCitation, seedTitles } from '@/domain/sources';
import type { FormValues } from '../model/field-values';

interface Props {
  question: Question;
  register: UseFormRegister<FormValues>;
  control: Control<FormValues>;
  error?: FieldError;
}

const fieldId = (id: string) => `q-${id}`;
export const focusTargetId = (q: Question) =>
  q.kind === 'single' || q.kind === 'multi' ? `${fieldId(q.id)}-0` : fieldId(q.id);

/**
 * One sentence under the label; why the question matters, in full, and its sources behind "More", for the
 * reader who wants them. The sentence is what assistive technology reads as the field's description.
 */
function Help({ q }: { q: Question }) {
  const brief = briefOf(q);
  return (
    <div className="field-help">
      <p id={`${fieldId(q.id)}-help`}>{brief}</p>
      <details className="field-more">
        <summary>
          More<span className="visually-hidden"> on why this is asked</span>
        </summary>
        {brief !== q.help ? <p>{q.help}</p> : null}
        <p className="field-source">
          Source:{' '}
          {q.sources.map((s, i) => (
            <span key={i}>
              {i > 0 ? '; ' : ''}
              <cite title={formatCitation(s)}>{seedTitles[s.file]}</cite>
            </span>
          ))}
        </p>
      </details>
    </div>
  );
}

/** "12 of 80 characters": watches its own field, so typing re-renders this line and nothing else. */
function CharacterCount({ q, control, id }: { q: TextQuestion; control: Control<FormValues>; id: string }) {
  const value = useWatch({ control, name: q.id });
  const length = typeof value === 'string' ? value.length : 0;
  return (
    <p className={`field-meta${length > q.maxLength ? ' over' : ''}`} id={id}>
      {formatNumber(length)} of {formatNumber(q.maxLength)} characters
    </p>
  );
}

function ErrorText({ q, error }: { q: Question; error?: FieldError }) {
  return error ? (
    <p className="field-error" id={`${fieldId(q.id)}-error`}>
      {error.message}
    </p>
  ) : null;
}

const describedBy = (q: Question, error?: FieldError, extra?: string) =>
  [`${fieldId(q.id)}-help`, error ? `${fieldId(q.id)}-error` : null, extra].filter(Boolean).join(' ');

interface UnsureInputProps {
  q: NumberQuestion | DateQuestion;
  control: Control<FormValues>;
  inputProps: Record<string, unknown>;
  /** Shown right after the input: the unit of a number. */
  unit?: string;
}

/**
 * A number or date that may be answered "not sure": the box stands for the answer, and the figure typed before it
 * was ticked comes back when it is unticked.
 */
function UnsureInput({ q, control, inputProps, unit }: UnsureInputProps) {
  const typed = useRef('');
  return (
    <Controller
      name={q.id}
      control={control}
      render={({ field }) => {
        const unsure = field.value === UNSURE;
        const text = unsure || typeof field.value !== 'string' ? '' : field.value;
        return (
          <>
            <input
              {...inputProps}
              name={field.name}
              ref={field.ref}
              value={text}
              disabled={unsure}
              onChange={(e) => field.onChange(e.target.value)}
              onBlur={field.onBlur}
            />
            {unit && <span className="unit">{unit}</span>}
            <label className="unsure-option">
              <input
                type="checkbox"
                checked={unsure}
                onChange={(e) => {
                  if (e.target.checked) typed.current = text;
                  field.onChange(e.target.checked ? UNSURE : typed.current);
                }}
              />{' '}
              {q.unsure}
            </label>
          </>
        );
      }}
    />
  );
}

/**
 * Memoised: a field re-renders when its own error changes; what is typed re-renders only the character count
 * (react-hook-form keeps the value in the input itself).
 */
export const QuestionField = memo(function QuestionField({ question: q, register, control, error }: Props) {
  const optional = q.required ? null : <span className="optional"> (optional)</span>;

  if (q.kind === 'single' || q.kind === 'multi') {
    return (
      <fieldset
        className={`field choice${error ? ' has-error' : ''}`}
        aria-describedby={describedBy(q, error)}
        aria-invalid={error ? true : undefined}
        data-question={q.id}
      >
        <legend>
          {q.label}
          {optional}
        </legend>
        <Help q={q} />
        <ErrorText q={q} error={error} />
        {q.kind === 'single' ? (
          <div className="options">
            {q.options.map((o, i) => (
              <label key={o.value} className="option">
                <input type="radio" id={`${fieldId(q.id)}-${i}`} value={o.value} {...register(q.id)} />
                <span>
                  {o.label}
                  {o.hint ? <span className="option-hint">{o.hint}</span> : null}
                </span>
              </label>
            ))}
          </div>
        ) : (
          <Controller
            name={q.id}
            control={control}
            render={({ field }) => {
              const selected = Array.isArray(field.value) ? field.value : [];
              const toggle = (v: string, on: boolean) => {
                // "None of these" cannot sit beside a real choice: picking one clears the other.
                let next = on ? [...selected, v] : selected.filter((x) => x !== v);
                if (on && v === q.exclusive) next = [v];
                else if (on && q.exclusive) next = next.filter((x) => x !== q.exclusive);
                field.onChange(q.options.map((o) => o.value).filter((x) => next.includes(x)));
              };
              return (
                <div className="options">
                  {q.options.map((o, i) => (
                    <label key={o.value} className="option">
                      <input
                        type="checkbox"
                        id={`${fieldId(q.id)}-${i}`}
                        name={q.id}
                        value={o.value}
                        checked={selected.includes(o.value)}
                        onChange={(e) => toggle(o.value, e.target.checked)}
                        onBlur={field.onBlur}
                        ref={i === 0 ? field.ref : undefined}
                      />
                      <span>{o.label}</span>
                    </label>
                  ))}
                </div>
              );
            }}
          />
        )}
      </fieldset>
    );
  }

  const id = fieldId(q.id);
  const common = {
    id,
    'aria-describedby': describedBy(
      q,
      error,
      q.kind === 'text' || q.kind === 'number' ? `${id}-meta` : undefined,
    ),
    'aria-invalid': error ? true : undefined,
    'aria-required': q.required || undefined,
  };
  const registered = { ...common, ...register(q.id) };

  return (
    <div className={`field${error ? ' has-error' : ''}`} data-question={q.id}>
      <label htmlFor={id} className="field-label">
        {q.label}
        {optional}
      </label>
      <Help q={q} />
      <ErrorText q={q} error={error} />
      {q.kind === 'text' && q.multiline ? (
        <textarea rows={4} placeholder={q.placeholder} {...registered} />
      ) : q.kind === 'text' ? (
        <input type="text" autoComplete="off" placeholder={q.placeholder} {...registered} />
      ) : q.kind === 'number' ? (
        <div className="number-input">
          {q.unsure ? (
            <UnsureInput
              q={q}
              control={control}
              inputProps={{
                ...common,
                type: 'text',
                inputMode: 'decimal',
                autoComplete: 'off',
                placeholder: q.placeholder,
              }}
              unit={q.unit}
            />
          ) : (
            <>
              <input
                type="text"
                inputMode="decimal"
                autoComplete="off"
                placeholder={q.placeholder}
                {...registered}
              />
              <span className="unit">{q.unit}</span>
            </>
          )}
        </div>
      ) : q.unsure ? (
        <UnsureInput
          q={q}
          control={control}
          inputProps={{ ...common, type: 'date', min: '2000-01-01', max: '2100-12-31' }}
        />
      ) : (
        <input type="date" min="2000-01-01" max="2100-12-31" {...registered} />
      )}
      {q.kind === 'text' ? (
        <CharacterCount q={q} control={control} id={`${id}-meta`} />
      ) : q.kind === 'number' ? (
        <p className="field-meta" id={`${id}-meta`}>
          Between {formatNumber(q.min)} and {formatNumber(q.max)}
        </p>
      ) : null}
    </div>
  );
});
