// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { PlanItemRow } from './plan-item.js';
import { PLAN_ITEM_DRAG_TYPE, usePlanDrag } from './plan-drag.js';
import { renderWithApp, stubApi } from '../../../../test/support/web.js';
import type { PlanItem } from '../../../contracts/questions.js';

const OPP = '00000000-0000-7000-8000-0000000000a1';
const ANA = '00000000-0000-7000-8000-00000000000a';
const BEN = '00000000-0000-7000-8000-00000000000b';

function item(n: number, who: string): PlanItem {
  return {
    id: `00000000-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`,
    questionId: null,
    text: `Question ${n}`,
    purpose: 'team',
    order: n,
    interviewerPersonId: who,
    pinned: false,
    asked: false,
    answerHeard: '',
    check: { answerableByResearch: false, reason: '' },
  };
}

const ITEMS = [item(0, ANA), item(1, BEN), item(2, ANA), item(3, ANA)];
const interviewers = [
  { personId: ANA, name: 'Ana', title: null, role: 'recruiter' as const },
  { personId: BEN, name: 'Ben', title: null, role: 'peer' as const },
];

/** Two groups as the plan section lays them out: Ana's three questions, Ben's one. */
function Groups() {
  const dragFor = usePlanDrag(OPP, { items: ITEMS });
  return (
    <>
      {[ANA, BEN].map((who) => {
        const group = ITEMS.filter((i) => i.interviewerPersonId === who);
        return (
          <ol key={who}>
            {group.map((i) => (
              <PlanItemRow
                key={i.id}
                opportunityId={OPP}
                item={i}
                interviewers={interviewers}
                up={null}
                down={null}
                drag={dragFor(i, group, who)}
              />
            ))}
          </ol>
        );
      })}
    </>
  );
}

/** A DataTransfer stand-in: jsdom has none. */
function transfer() {
  const data = new Map<string, string>();
  return {
    get types() {
      return [...data.keys()];
    },
    setData: (type: string, value: string) => void data.set(type, value),
    getData: (type: string) => data.get(type) ?? '',
    setDragImage: () => undefined,
    effectAllowed: 'all',
    dropEffect: 'none',
  };
}

const row = (text: string) => screen.getByText(text).closest('li')!;
const handleOf = (text: string) => row(text).querySelector<HTMLElement>('[data-drag-handle]')!;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('dragging plan questions', () => {
  it("saves the dropped question at the target's place, and marks the target while over it", async () => {
    const calls = stubApi(() => [200, { items: [] }]);
    renderWithApp(<Groups />);
    const dataTransfer = transfer();
    fireEvent.dragStart(handleOf('Question 3'), { dataTransfer });
    expect(dataTransfer.getData(PLAN_ITEM_DRAG_TYPE)).toBe(ITEMS[3]!.id);
    fireEvent.dragOver(row('Question 0'), { dataTransfer });
    await waitFor(() => expect(row('Question 0').className).toContain('border-accent'));
    fireEvent.drop(row('Question 0'), { dataTransfer });
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toMatchObject({ method: 'PATCH', url: `/api/question-plan-items/${ITEMS[3]!.id}`, body: { order: 0 } });
    expect(row('Question 0').className).not.toContain('border-accent');
  });

  it("ignores a drop on another person's question and a drop of anything else", async () => {
    const calls = stubApi(() => [200, { items: [] }]);
    renderWithApp(<Groups />);
    const dataTransfer = transfer();
    fireEvent.dragStart(handleOf('Question 2'), { dataTransfer });
    fireEvent.drop(row('Question 1'), { dataTransfer });
    fireEvent.dragEnd(handleOf('Question 2'), { dataTransfer });
    const other = transfer();
    other.setData('text/plain', 'hello');
    fireEvent.drop(row('Question 0'), { dataTransfer: other });
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).toEqual([]);
  });

  it('keeps the handle out of the keyboard order (Alt+↑/↓ and the move buttons are the keyboard way)', () => {
    stubApi(() => [200, { items: [] }]);
    renderWithApp(<Groups />);
    const handle = handleOf('Question 0');
    expect(handle.getAttribute('draggable')).toBe('true');
    expect(handle.getAttribute('aria-hidden')).toBe('true');
    expect(handle.tabIndex).toBe(-1);
  });
});
