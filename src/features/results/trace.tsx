/**
 * What every "Why?" on the page shares: whether the reader asked for the technical trace (rule ids, the facts rules
 * read, how figures were derived), and the plan's currency for amounts it worked out. The trace is off by default,
 * so what people read is in their own terms; on, every "Why?" adds its trace and the page lists every rule that
 * fired.
 */
import { createContext, useContext, type ReactNode } from 'react';

interface Explaining {
  trace: boolean;
  currencySymbol: string;
}

const ExplainingContext = createContext<Explaining>({ trace: false, currencySymbol: '$' });

export function ExplainingProvider({ value, children }: { value: Explaining; children: ReactNode }) {
  return <ExplainingContext.Provider value={value}>{children}</ExplainingContext.Provider>;
}

export const useExplaining = (): Explaining => useContext(ExplainingContext);
