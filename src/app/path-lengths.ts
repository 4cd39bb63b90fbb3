/**
 * What each path of the questionnaire asks, as the intro states it. Measured, not guessed: the domain's
 * `pathEffort` counts the questions and the words each page shows for every example answer set, and a test keeps
 * these figures equal to it. Plain numbers here, so the intro needs none of the catalogue to say them.
 */
export const pathLengths = {
  quick: { questions: 15, minutes: 5 },
  detailed: { questions: [39, 45] as const, minutes: 15 },
};
