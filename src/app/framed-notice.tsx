import { Frame } from './frame';

/**
 * Shown instead of the app inside another page's frame. Hosts that send `frame-ancestors 'none'` stop framing
 * before this runs; a `<meta>` policy cannot say it, so on hosts without headers (GitHub Pages, a bucket) this is
 * what keeps another site from dressing the app up as its own and tricking clicks on it. Nothing is read or
 * written here: the user's draft is untouched until Scopewise is opened on its own.
 */
export default function FramedNotice() {
  return (
    <Frame>
      <main id="main" className="intro">
        <div className="notice warning" role="alert">
          <h1>Scopewise does not run inside another page</h1>
          <p>
            To keep your answers safe from pages that imitate it, Scopewise only works when it is opened on
            its own.
          </p>
          <a
            className="primary button-link"
            href={window.location.href}
            target="_blank"
            rel="noopener noreferrer"
          >
            Open Scopewise in a new tab
          </a>
        </div>
      </main>
    </Frame>
  );
}
