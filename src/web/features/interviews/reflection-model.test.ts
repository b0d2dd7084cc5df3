import { describe, expect, it } from 'vitest';
import { reflectionBody, reflectionDraft, reflectionField } from './reflection-model.js';
import type { Reflection } from '../../../contracts/interviews.js';

describe('reflection form model', () => {
  it('starts blank without a saved reflection', () => {
    expect(reflectionDraft(null)).toEqual({ rating: null, wentWell: '', toImprove: '', signals: '', stumpers: [] });
  });

  it('round-trips a saved reflection', () => {
    const saved: Reflection = {
      interviewId: '0190a000-0000-7000-8000-00000000aaaa',
      updatedAt: '2026-03-03T18:00:00.000Z',
      rating: 4,
      wentWell: 'The system design part.',
      toImprove: 'Shorter intro.',
      signals: 'They asked about my notice period.',
      stumpers: [
        { text: 'Tell me about a failure', promptId: 'biggest-failure' },
        { text: 'Why this sector?', promptId: null },
      ],
    };
    const { body, errors } = reflectionBody(reflectionDraft(saved));
    expect(errors).toEqual({});
    expect(body).toEqual({
      rating: 4,
      wentWell: saved.wentWell,
      toImprove: saved.toImprove,
      signals: saved.signals,
      stumpers: saved.stumpers,
    });
  });

  it('drops blank stumper rows and trims the rest, mapping body rows back to form rows', () => {
    const { body, errors, rowOf } = reflectionBody({
      rating: null,
      wentWell: '',
      toImprove: '',
      signals: '',
      stumpers: [
        { key: 'a', text: '  ', promptId: '' },
        { key: 'b', text: ' Where do you see yourself? ', promptId: 'five-years' },
        { key: 'c', text: '', promptId: '' },
        { key: 'd', text: 'Salary?', promptId: '' },
      ],
    });
    expect(errors).toEqual({});
    expect(body.stumpers).toEqual([
      { text: 'Where do you see yourself?', promptId: 'five-years' },
      { text: 'Salary?', promptId: null },
    ]);
    expect(rowOf).toEqual([1, 3]);
    expect(reflectionField('stumpers.1.promptId', rowOf)).toBe('stumpers.3.promptId');
    expect(reflectionField('stumpers.0.text', rowOf)).toBe('stumpers.1.text');
    expect(reflectionField('rating', rowOf)).toBe('rating');
  });

  it('names a linked prompt without a question, an over-long question and a bad rating', () => {
    const { errors } = reflectionBody({
      rating: 6,
      wentWell: 'x'.repeat(10_001),
      toImprove: '',
      signals: '',
      stumpers: [
        { key: 'a', text: '', promptId: 'five-years' },
        { key: 'b', text: 'q'.repeat(1001), promptId: '' },
      ],
    });
    expect(Object.keys(errors).sort()).toEqual(['rating', 'stumpers.0.text', 'stumpers.1.text', 'wentWell']);
  });
});
