import type { ReactNode } from 'react';
import { RULESET_VERSION } from '@/engine';

/** The page frame every screen shares: skip link, header with the brand, and the privacy footer. */
export function Frame({ headerEnd, children }: { headerEnd?: ReactNode; children: ReactNode }) {
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">Scopewise</span>
          <span className="brand-tagline">Decide before you build a generative-AI project</span>
        </div>
        {headerEnd}
      </header>
      {children}
      <footer className="app-footer">
        <p>
          Your answers stay in this browser. Nothing is sent anywhere unless you share a link. Ruleset{' '}
          {RULESET_VERSION}. Version {__SCOPEWISE_VERSION__}.
        </p>
      </footer>
    </div>
  );
}

/** A whole page that only says what is loading, announced politely. */
export function LoadingPage({ children }: { children: ReactNode }) {
  return (
    <Frame>
      <main id="main" className="intro">
        <p className="loading" role="status">
          {children}
        </p>
      </main>
    </Frame>
  );
}
