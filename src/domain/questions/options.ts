import type { Option } from './types';

/** "Not sure yet" is a real answer: the engine widens ranges and flags it instead of blocking. */
export const yesNo: Option[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unsure', label: 'Not sure yet' },
];

export const yesPartlyNo: Option[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'partly', label: 'Partly' },
  { value: 'no', label: 'No' },
];
