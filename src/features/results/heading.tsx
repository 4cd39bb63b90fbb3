import { createContext, useContext, type ReactNode } from 'react';

/**
 * The results page can sit under the shell's own h1 or be the page's top heading; its headings are relative to
 * a base level so they stay in order either way.
 */
const BaseLevel = createContext(1);

export function HeadingBase({ level, children }: { level: number; children: ReactNode }) {
  return <BaseLevel.Provider value={level}>{children}</BaseLevel.Provider>;
}

type Tag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/** `depth` 0 is the page title, 1 a section, 2 an item within a section. */
export function Heading({
  depth,
  id,
  className,
  children,
}: {
  depth: number;
  id?: string;
  className?: string;
  children: ReactNode;
}) {
  const base = useContext(BaseLevel);
  const Tag = `h${Math.min(6, Math.max(1, base + depth))}` as Tag;
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}
