import { Component, type ReactNode } from 'react';
import { Frame } from './frame';

interface State {
  failed: boolean;
}

/**
 * Catches what would otherwise blank the page: a part of the app that could not be loaded (the connection
 * dropped before the service worker had cached it) or an unexpected error. The draft is already in storage, so
 * a reload loses nothing; the message says so.
 */
export class LoadFailureBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Frame>
        <main id="main" className="intro">
          <div className="notice warning" role="alert">
            <h1>Part of Scopewise could not be loaded</h1>
            <p>
              The connection may have dropped. Your answers are saved in this browser, so reloading the page
              loses nothing.
            </p>
            <button type="button" className="primary" onClick={() => window.location.reload()}>
              Reload
            </button>
          </div>
        </main>
      </Frame>
    );
  }
}
