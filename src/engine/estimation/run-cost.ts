/**
 * Running costs from volume: requests a month × tokens a request × price per million tokens for API models, or the
 * GPUs that serve the peak load for self-hosted ones. Every input is a range, so "not sure" answers widen the result
 * instead of hiding behind one number. The arithmetic is written out in docs/estimation.md.
 */
import type { Range } from '@/domain/range';

export interface Volume {
  dailyUsers: Range;
  requestsPerUser: Range;
  /** Days a month the system is used: working days for internal tools, every day for customer-facing ones. */
  daysPerMonth: number;
  tokensPerRequest: Range;
}

export const monthlyRequests = (v: Volume): Range => [
  v.dailyUsers[0] * v.requestsPerUser[0] * v.daysPerMonth,
  v.dailyUsers[1] * v.requestsPerUser[1] * v.daysPerMonth,
];

export function monthlyTokens(v: Volume): Range {
  const r = monthlyRequests(v);
  return [r[0] * v.tokensPerRequest[0], r[1] * v.tokensPerRequest[1]];
}

/** API inference: tokens a month × price per million tokens. */
export const apiInference = (tokens: Range, pricePerMTokens: Range): Range => [
  (tokens[0] * pricePerMTokens[0]) / 1e6,
  (tokens[1] * pricePerMTokens[1]) / 1e6,
];

/**
 * The blended price of routing: a share of requests goes to the small model, the rest to the frontier one. The
 * cheap end assumes the largest small-model share, the dear end the smallest.
 */
export function routedPrice(small: Range, frontier: Range, smallShare: Range): Range {
  return [
    smallShare[1] * small[0] + (1 - smallShare[1]) * frontier[0],
    smallShare[0] * small[1] + (1 - smallShare[0]) * frontier[1],
  ];
}

export interface GpuServing {
  /** Hours a day the load is spread over. */
  activeHoursPerDay: number;
  /** Busiest hour's load as a multiple of the average hour's. */
  peakFactor: Range;
  /** Tokens a second one GPU serves for the chosen model size (batched). */
  tokensPerSecondPerGpu: Range;
  /** GPUs one copy of the model needs (a large model is split over several). */
  gpusPerReplica: number;
  /** Copies kept running whatever the load (two, so one can fail or be updated, for customer-facing systems). */
  minReplicas: number;
}

export interface GpuSizing {
  /** Tokens a second at the busiest hour. */
  peakTokensPerSecond: Range;
  gpus: Range;
}

export function sizeGpus(v: Volume, s: GpuServing): GpuSizing {
  const tokens = monthlyTokens(v);
  const seconds = v.daysPerMonth * s.activeHoursPerDay * 3600;
  const peak: Range = [(tokens[0] / seconds) * s.peakFactor[0], (tokens[1] / seconds) * s.peakFactor[1]];
  // The low end serves the lightest peak with the fastest GPUs, the high end the heaviest with the slowest.
  const replicas = (load: number, perGpu: number) =>
    Math.max(s.minReplicas, Math.ceil(load / (perGpu * s.gpusPerReplica)));
  return {
    peakTokensPerSecond: peak,
    gpus: [
      replicas(peak[0], s.tokensPerSecondPerGpu[1]) * s.gpusPerReplica,
      replicas(peak[1], s.tokensPerSecondPerGpu[0]) * s.gpusPerReplica,
    ],
  };
}
