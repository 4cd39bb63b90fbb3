import { START_HASH } from './routes';

interface Props {
  /** Called when the user shows intent to start, so the questionnaire can be fetched before the click lands. */
  onIntent: () => void;
}

/**
 * What a first visit shows: what Scopewise produces, what to have at hand, and the privacy promise. It needs
 * none of the questionnaire's code, so it appears at once on a slow phone while that code loads behind it.
 */
export function Intro({ onIntent }: Props) {
  return (
    <main id="main" className="intro">
      <h1>Plan your generative-AI project before you commit a budget</h1>
      <p className="intro-lead">
        Answer five short steps — your context, the use case, data readiness, compliance and the build
        approach — and get a recommended architecture with timeline and cost ranges, risks, compliance
        obligations and next steps. Every recommendation shows the rule and the source behind it.
      </p>
      <a className="primary button-link" href={START_HASH} onPointerEnter={onIntent} onFocus={onIntent}>
        Start planning
      </a>
      <div className="intro-columns">
        <section aria-labelledby="intro-have">
          <h2 id="intro-have">Good to have at hand</h2>
          <ul>
            <li>Who will use it, and roughly how many people a day</li>
            <li>What you can spend to build it and to run it each month</li>
            <li>Where your documents or labelled examples stand today</li>
            <li>The countries you serve and the rules of your sector</li>
          </ul>
          <p>Not sure of a figure? A rough guess is fine: every answer can be changed later.</p>
        </section>
        <section aria-labelledby="intro-private">
          <h2 id="intro-private">Private by design</h2>
          <p>
            Your answers are saved in this browser as you go, so you can stop and come back. The plan is
            computed on your device and nothing is sent anywhere; only a link you choose to share carries your
            answers.
          </p>
        </section>
      </div>
    </main>
  );
}
