import { pathLengths } from './path-lengths';

interface Props {
  /** Called when the user shows intent to start, so the questionnaire can be fetched before the click lands. */
  onIntent: () => void;
}

const { quick, detailed } = pathLengths;

/**
 * What a first visit shows: what Scopewise produces, the two ways through it and how long each takes, what to
 * have at hand, and the privacy promise. It needs none of the questionnaire's code, so it appears at once on a
 * slow phone while that code loads behind it.
 */
export function Intro({ onIntent }: Props) {
  return (
    <main id="main" className="intro">
      <h1>Plan your generative-AI project before you commit a budget</h1>
      <p className="intro-lead">
        Answer a few questions about your context, the use case, data readiness, compliance and the build
        approach, and get a recommended architecture with timeline and cost ranges, risks, compliance
        obligations and next steps. Every recommendation shows the rule and the source behind it.
      </p>
      <div className="intro-paths">
        <section className="intro-path" aria-labelledby="intro-quick">
          <h2 id="intro-quick">Quick scope</h2>
          <p className="intro-path-length">
            {quick.questions} questions, about {quick.minutes} minutes
          </p>
          <p>
            Only the decisive questions. Everything else gets a stated default, listed in the plan, that you
            can refine later.
          </p>
          <a className="primary button-link" href="#quick" onPointerEnter={onIntent} onFocus={onIntent}>
            Start the quick scope
          </a>
        </section>
        <section className="intro-path" aria-labelledby="intro-detailed">
          <h2 id="intro-detailed">Detailed plan</h2>
          <p className="intro-path-length">
            {detailed.questions[0]} to {detailed.questions[1]} questions, about {detailed.minutes} minutes
          </p>
          <p>Every question, decision by decision, for the narrowest ranges.</p>
          <a className="secondary button-link" href="#context" onPointerEnter={onIntent} onFocus={onIntent}>
            Start the detailed plan
          </a>
        </section>
      </div>
      <div className="intro-columns">
        <section aria-labelledby="intro-have">
          <h2 id="intro-have">Good to have at hand</h2>
          <ul>
            <li>Who will use it, and roughly how many people a day</li>
            <li>What you can spend to build it and to run it each month</li>
            <li>Where your documents or labelled examples stand today</li>
            <li>The countries you serve and the rules of your sector</li>
          </ul>
          <p>
            Not sure of a figure? Say so: the plan widens its ranges and says what finding out would change.
          </p>
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
