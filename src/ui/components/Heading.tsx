import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * The page's h1. It takes focus when it appears, so keyboard and screen-reader
 * users land on the new step and hear it announced.
 */
export function Heading({
  children,
  caption,
}: {
  children: ComponentChildren;
  caption?: string | undefined;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, [children]);
  return (
    <>
      {caption && <span class="caption">{caption}</span>}
      <h1 class="heading-xl" tabIndex={-1} ref={ref}>
        {children}
      </h1>
    </>
  );
}
