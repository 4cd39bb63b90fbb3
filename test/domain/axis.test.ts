import { niceAxis, niceStep } from '@/domain/axis';

describe('chart axes', () => {
  it('picks round steps', () => {
    expect(niceStep(41)).toBe(10);
    expect(niceStep(12)).toBe(2);
    expect(niceStep(0)).toBe(1);
  });

  it('ends at the first step at or above the maximum, with ticks from 0', () => {
    expect(niceAxis(12)).toEqual({ top: 12, ticks: [0, 2, 4, 6, 8, 10, 12] });
    expect(niceAxis(136.5)).toEqual({ top: 150, ticks: [0, 50, 100, 150] });
    expect(niceAxis(0.5)).toEqual({ top: 0.5, ticks: [0, 0.1, 0.2, 0.3, 0.4, 0.5] });
    expect(niceAxis(0)).toEqual({ top: 1, ticks: [0, 1] });
  });
});
