import { useEffect, useRef } from 'preact/hooks';
import { useText } from '../text';

export interface SummaryError {
  /** The id of the field the error is about. */
  href: string;
  message: string;
}

/**
 * GOV.UK error summary: at the top of the form, focused after each submit that
 * found errors (`attempt` counts them), each error a link to its field.
 */
export function ErrorSummary({
  title,
  errors,
  attempt,
}: {
  title: string;
  errors: SummaryError[];
  attempt: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0;
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (!shown) return null;
  return (
    <div class="error-summary" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <div role="alert">
        <h2 class="heading-m" id="error-summary-title">
          {title}
        </h2>
        <ul class="error-summary__list">
          {errors.map((error) => (
            <li key={error.href}>
              <a
                href={`#${error.href}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(error.href)?.focus();
                }}
              >
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** A field's inline error, read out with the field (aria-describedby). */
export function ErrorMessage({ id, message }: { id: string; message: string | undefined }) {
  const t = useText();
  if (!message) return null;
  return (
    <p class="error-message" id={id}>
      <span class="visually-hidden">{t('contacts:errors.prefix')}: </span>
      {message}
    </p>
  );
}
