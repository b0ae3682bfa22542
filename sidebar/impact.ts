/** Help entries for the impact section: the effect size, its formula, and what "improved" means. */
export const IMPACT_HELP: [string, string][] = [
  [
    'Effect size',
    'Hedges’ g for start and end scores of the same pupils (Cohen’s d_av with Hedges’ small-sample correction). ' +
      'd_av is the end mean minus the start mean, divided by the average of the start and end standard deviations; ' +
      'g is d_av × (1 − 3 / (4n − 5)), where n is the number of pupils. Around 0.2 is small, 0.5 medium and 0.8 large. ' +
      'It is left blank for fewer than 3 pupils.',
  ],
  [
    'Improved',
    'A pupil improved when their value moved the better way. For measures where lower is better (behaviour points, ' +
      'exclusions, bullying incidents) that means it fell, and the effect size is turned round so that a positive number ' +
      'always means better. No change is not an improvement. A pupil counts only with both a start and an end value.',
  ],
];
