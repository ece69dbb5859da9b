// @vitest-environment node
// Demo answers the app generated itself skip validation; anything else is still checked.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_PARAMS } from '../../src/lib/demo-params';
import {
  DEMO_GENERATED_HEADER,
  isGeneratedDemoAnswer,
  useDemoStore,
} from '../../src/lib/demo-store';

const marked = () => new Headers({ [DEMO_GENERATED_HEADER]: 'generated' });

afterEach(() => useDemoStore.setState({ params: null, failure: null }));

describe('isGeneratedDemoAnswer', () => {
  it('trusts a marked answer only while the demo is serving', () => {
    expect(isGeneratedDemoAnswer(marked())).toBe(false);
    useDemoStore.setState({ params: DEFAULT_DEMO_PARAMS, failure: null });
    expect(isGeneratedDemoAnswer(marked())).toBe(true);
  });

  it('checks an unmarked answer (a fault, a real file) even in demo mode', () => {
    useDemoStore.setState({ params: DEFAULT_DEMO_PARAMS, failure: null });
    expect(isGeneratedDemoAnswer(new Headers())).toBe(false);
    expect(isGeneratedDemoAnswer(new Headers({ [DEMO_GENERATED_HEADER]: 'other' }))).toBe(false);
  });
});
