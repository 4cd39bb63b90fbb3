// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Answers } from '@/domain/questions';
import { FiguresEditor } from '@/features/results/sections/figures';

describe('Your figures', () => {
  it('shows the defaults as placeholders and applies a figure when its field is left', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(f: Answers) => void>();
    render(<FiguresEditor answers={{}} onChange={onChange} />);
    const rate = screen.getByRole('group', { name: /Cost of one engineer-week/ });
    const from = within(rate).getByLabelText('From');
    expect(from).toHaveAttribute('placeholder', '4,800');
    await user.type(from, '2,000');
    await user.tab();
    expect(onChange).toHaveBeenLastCalledWith({ rateLow: 2000 });
  });

  it('refuses an absurd figure with a message and keeps the one in force', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(f: Answers) => void>();
    render(<FiguresEditor answers={{ rateLow: 3000 }} onChange={onChange} />);
    const from = within(screen.getByRole('group', { name: /Cost of one engineer-week/ })).getByLabelText(
      'From',
    );
    await user.clear(from);
    await user.type(from, '-5');
    await user.tab();
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/Enter a number between 0 and 1,000,000/)).toBeVisible();
    expect(onChange).toHaveBeenLastCalledWith({ rateLow: 3000 });
  });

  it('goes back to every default at once', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(f: Answers) => void>();
    render(<FiguresEditor answers={{ rateLow: 3000, currencySymbol: '€' }} onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'Use the default figures' }));
    expect(onChange).toHaveBeenLastCalledWith({});
    expect(screen.getByLabelText('Symbol')).toHaveValue('');
  });
});
