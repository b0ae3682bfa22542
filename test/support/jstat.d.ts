/** The few jStat functions the impact tests use as an independent reference (jstat ships no types). */
declare module 'jstat' {
  interface Distribution {
    cdf(x: number, ...parameters: number[]): number;
    inv(p: number, ...parameters: number[]): number;
  }
  export const jStat: {
    readonly studentt: Distribution;
    readonly noncentralt: Pick<Distribution, 'cdf'>;
    readonly normal: Distribution;
  };
}
