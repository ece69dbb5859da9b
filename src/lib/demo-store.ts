// Whether simulated data is actually being served. Set once at start-up, after the mock
// service worker answered; the banner and every export read it, so the "simulated" label
// follows the data itself rather than whatever the address bar says.
import { create } from 'zustand';
import type { DemoParams } from './demo-params.ts';

type DemoState = {
  /** The running demo's parameters; null on a normal visit. */
  params: DemoParams | null;
  /** Why demo mode was asked for but could not start (the real data is shown instead). */
  failure: string | null;
};

export const useDemoStore = create<DemoState>()(() => ({ params: null, failure: null }));

/** True while the figures on screen are simulated: exports stamp demoLabel() when it is. */
export const isDemoActive = (): boolean => useDemoStore.getState().params !== null;

/**
 * Demo mode's success answers carry this header: the app generated them itself from data it had
 * already validated (tests/demo check the generator's output against the schema), so they are
 * not validated again. Fault answers (`fault=invalid` …) carry none and are checked as usual.
 */
export const DEMO_GENERATED_HEADER = 'X-Plan-Tracker-Demo';

/** True for an answer the running demo generated: only while the demo worker is serving. */
export const isGeneratedDemoAnswer = (headers: Headers): boolean =>
  isDemoActive() && headers.get(DEMO_GENERATED_HEADER) === 'generated';
