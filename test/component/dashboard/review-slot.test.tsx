import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReviewSlotCard } from '../../../renderer/features/dashboard/ReviewSlotCard';
import { renderScreen } from '../support';

// The dashboard's reviews card in words, in both languages: what is left to rate, when feedback is due
// (in red once passed with reviews still open), and a link to the Reviews page.

describe('the reviews card', () => {
  it('says how many reviews are left and when feedback is due, linking to the Reviews page', async () => {
    await renderScreen(
      <ReviewSlotCard slot={{ open: 3, nextDue: { cycle: '2026 Q4', date: '2026-12-20', passed: false } }} />,
    );
    expect(screen.getByTestId('review-slot-due').textContent).toBe('Feedback for 2026 Q4 due Dec 20, 2026');
    const link = screen.getByTestId('review-slot-open');
    expect(link.textContent).toBe('3 reviews still to rate');
    expect(link.getAttribute('href')).toBe('#/reviews');
  });

  it('says so in Chinese, and when feedback was due already', async () => {
    await renderScreen(
      <ReviewSlotCard slot={{ open: 1, nextDue: { cycle: '2026 Q4', date: '2026-12-20', passed: true } }} />,
      { language: 'zh-CN' },
    );
    expect(screen.getByTestId('review-slot-due').textContent).toBe('2026 Q4 的反馈已于 2026年12月20日 截止');
    expect(screen.getByTestId('review-slot-open').textContent).toBe('还有 1 份考核待评分');
  });

  it('says when no cycle is running', async () => {
    await renderScreen(<ReviewSlotCard slot={{ open: 0, nextDue: null }} />);
    expect(screen.getByTestId('review-slot-due').textContent).toBe('No review cycle running');
    expect(screen.getByTestId('review-slot-open').textContent).toBe('0 reviews still to rate');
  });
});
