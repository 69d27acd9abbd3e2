import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useText } from '../text';

// The first page of a visit does not take focus, so the skip link and Exit stay first in tab order.
let firstPage = true;

/**
 * The page's h1. It takes focus when it appears, so keyboard and screen-reader
 * users land on the new step and hear it announced; the tab title follows it.
 */
export function Heading({
  children,
  caption,
}: {
  children: ComponentChildren;
  caption?: string | undefined;
}) {
  const t = useText();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstPage) firstPage = false;
    else ref.current?.focus({ preventScroll: false });
    document.title = `${ref.current?.textContent ?? ''} – ${t('app.name')}`;
  }, [children, t]);
  return (
    <>
      {caption && <span class="caption">{caption}</span>}
      <h1 class="heading-xl" tabIndex={-1} ref={ref}>
        {children}
      </h1>
    </>
  );
}
